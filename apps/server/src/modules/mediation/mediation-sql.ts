import { inArray, type SQL } from 'drizzle-orm';
import { DISPUTE_WORKFLOW } from '@linli/shared';
import { disputes } from './mediation.tables';

/** SQL "the dispute is still before its conclusion" (received, accepted, mediating: the workflow's `open` set). */
export const ACTIVE_DISPUTE_STATES_SQL: SQL = inArray(disputes.state, [...DISPUTE_WORKFLOW.sets.open]) as SQL;
