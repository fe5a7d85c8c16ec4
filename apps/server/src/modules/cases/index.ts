/** The cases module's public face: other modules import only from here. */
export { registerCaseRoutes } from './cases.routes';
export { seedCategories, listCategoryVersions, findActiveCategoryByName } from './categories.repository';
export { findCaseNo, findCaseStatuses, type CaseStatus } from './cases.repository';
/** The one public reader of cases (Open311): sensitive categories left out, free text scrubbed. */
export { listPublicCases, getPublicCase, uuidFloor, type PublicCase, type PublicCaseFilter } from './public-cases';
export { openFromJointMeeting, type JointMeetingReferral } from './joint-meeting';
/** Opens a case inside another module's transaction (deliberation's tracked suggestions). */
export { openLinkedCase } from './linked-case';
export { CASE_CLOSED_TOPIC, CASE_REOPENED_TOPIC, type CaseClosedMessage } from './case-topics';
export { notSensitiveCase } from './case-access';
export { createCase, actOnCase, getCase } from './cases.service';
/** Another module's outcome on a case's timeline (people's mediation reports a concluded dispute). */
export { recordLinkedOutcome, casesInCategory, type LinkedOutcome, type LinkableCase } from './linked-outcome';
export { registerCaseStatsRoutes } from './stats/stats.routes';
export { rebuildCaseStatsRollup, caseStatsFoldJob } from './stats/stats-rollup';
export { registerHotlineRoutes } from './hotline/hotline.routes';
export { deadlineSweepJob } from './deadline-sweep';
export { generateDemoCases } from './demo/generate-demo-cases';
export { bulkLoadCases } from './demo/bulk-cases';
/** The intake's prepared statements, reused by the bench's raw-SQL intake driver. */
export { DRAW_CASE_NUMBERS, newCasesInsert } from './intake/new-cases-statements';
/** The cases module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { casesModule } from './manifest';
