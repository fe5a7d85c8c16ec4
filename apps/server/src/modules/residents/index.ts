/** The residents module's public face: other modules import only from here. */
export { findRegisteredPhone, findResidentLoginFacts, leadCandidatesUnder, listHouseholdsUnder, maskedPhonesOf } from './residents.repository';
export { addDemoHousehold } from './demo-households';
export { searchResidents } from './residents.search';
/** Households under a node path, as SQL for the directory's node lists (org's tree reads take it as their counter). */
export { householdCountUnder } from './household-count';
export { registerResidentRoutes } from './residents.routes';
/** The residents module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { residentsModule } from './manifest';
