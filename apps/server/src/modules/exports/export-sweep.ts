import type { AppDeps } from '../../platform/app-deps';
import type { Job } from '../../platform/jobs/scheduler';
import { exportSettingsOf } from '../../platform/exports/export-settings';
import { removeExportFiles } from './export-files';
import { expireJobs, failStaleJobs } from './export-jobs.repository';
import { INTERRUPTED } from './export-runner';

/** A running export whose heartbeat is older than this lost its server (killed, crashed): pages take well under a second. */
export const EXPORT_STALE_MS = 2 * 60_000;

/**
 * Every 30 s: running exports whose writer went silent (a server killed under them) become failed with
 * a retry, and ready exports past their keep time become expired; the files of both are removed.
 */
export function exportSweepJob(deps: AppDeps): Job {
  return {
    name: 'export-sweep',
    everyMs: 30_000,
    async run(tx, now) {
      const { dir } = exportSettingsOf(deps);
      const stale = await failStaleJobs(tx, new Date(now.getTime() - EXPORT_STALE_MS), INTERRUPTED, now);
      const expired = await expireJobs(tx, now);
      for (const id of [...stale, ...expired]) await removeExportFiles(dir, id);
    },
  };
}
