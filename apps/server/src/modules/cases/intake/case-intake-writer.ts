import type { AppDeps } from '../../../platform/app-deps';
import { createGroupCommit, type GroupCommit } from '../../../platform/db/group-commit';
import type { NewCase } from './prepare-new-case';
import { writeNewCases, type WrittenCase } from './write-new-cases';

const writers = new WeakMap<AppDeps, GroupCommit<NewCase, WrittenCase>>();

/**
 * The group-commit writer of new cases for one app (platform/db/group-commit.ts): submissions that
 * arrive while others are being written go together: two statements per batch (numbers, then one
 * combined insert) instead of eight per case. One batch at a time: on the 2-core bench machine 1 in
 * flight took 225 cases/s, 4 in flight 132/s, 8 fewer still (bench/README.md, session 3).
 */
export function caseIntakeWriter(deps: AppDeps): GroupCommit<NewCase, WrittenCase> {
  let writer = writers.get(deps);
  if (!writer) {
    writer = createGroupCommit({ writeBatch: (items) => writeNewCases(deps.db, deps.calendar, items), maxBatch: deps.intakeBatch ?? 50, maxInFlight: 1 });
    writers.set(deps, writer);
  }
  return writer;
}
