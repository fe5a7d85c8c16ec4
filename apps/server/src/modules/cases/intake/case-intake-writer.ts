import type { AppDeps } from '../../../platform/app-deps';
import { createGroupCommit, type GroupCommit } from '../../../platform/db/group-commit';
import type { NewCase } from './prepare-new-case';
import { writeNewCases, type WrittenCase } from './write-new-cases';

const writers = new WeakMap<AppDeps, GroupCommit<NewCase, WrittenCase>>();

/**
 * The group-commit writer of new cases for one app (platform/db/group-commit.ts): submissions that
 * arrive while others are being written go together: two statements per batch (numbers, then one
 * combined insert) instead of eight per case. Two batches in flight: one fills while the other is
 * written. On the 2-core bench machine (quick world, 10 connections): 1 in flight 642–651 cases/s,
 * 2 in flight 790–807, 3 548, 4 618 (bench/README.md).
 */
export function caseIntakeWriter(deps: AppDeps): GroupCommit<NewCase, WrittenCase> {
  let writer = writers.get(deps);
  if (!writer) {
    writer = createGroupCommit({ writeBatch: (items) => writeNewCases(deps.db, deps.calendar, items), maxBatch: deps.intakeBatch ?? 50, maxInFlight: 2 });
    writers.set(deps, writer);
  }
  return writer;
}
