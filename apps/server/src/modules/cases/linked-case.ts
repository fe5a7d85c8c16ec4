import type { CreateCaseInput } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import type { Tx } from '../../platform/db/database';
import type { Actor } from '../../platform/auth/actor';
import { prepareNewCase } from './intake/prepare-new-case';
import { writeNewCases } from './intake/write-new-cases';

/**
 * Opens a case as `createCase` does, but inside the caller's transaction, for a module that links
 * its own record to the case (a suggestion 定期追踪): a refusal after it leaves neither behind.
 * The case then lives its own life; the caller follows it through `case.closed` / `case.reopened`.
 */
export async function openLinkedCase(deps: AppDeps, tx: Tx, actor: Actor, input: CreateCaseInput): Promise<{ id: string; caseNo: string }> {
  const now = deps.now ? deps.now() : new Date();
  const prepared = await prepareNewCase(deps, tx, actor, input, undefined, now);
  const [written] = await writeNewCases(tx, deps.calendar, [prepared]);
  return { id: written.row.id, caseNo: written.row.caseNo };
}
