import type { Job } from '../../platform/jobs/scheduler';
import { deleteIdleSessions } from './auth.repository';

/**
 * Deletes sessions idle past the timeout every five minutes. A request already refuses them
 * (`loadSession`), but one never used again would otherwise stay in the table forever.
 */
export function sessionPurgeJob(idleMinutes: number): Job {
  return {
    name: 'session-purge',
    everyMs: 5 * 60_000,
    async run(tx, now) {
      await deleteIdleSessions(tx, new Date(now.getTime() - idleMinutes * 60_000));
    },
  };
}
