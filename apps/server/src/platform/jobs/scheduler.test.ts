import { describe, expect, it } from 'vitest';
import { assertDistinctJobs, jobLockKey, type Job } from './scheduler';

const job = (name: string): Job => ({ name, everyMs: 1000, run: async () => {} });

describe('job lock keys', () => {
  it('are derived from the job name: stable, a Postgres integer, different for different names', () => {
    expect(jobLockKey('claims-sweep')).toBe(jobLockKey('claims-sweep'));
    expect(Number.isInteger(jobLockKey('claims-sweep'))).toBe(true);
    expect(Math.abs(jobLockKey('claims-sweep'))).toBeLessThanOrEqual(2 ** 31);
    expect(jobLockKey('claims-sweep')).not.toBe(jobLockKey('case-deadline-sweep'));
  });

  it('refuse two jobs of one name: they would take turns instead of both running', () => {
    expect(() => assertDistinctJobs([job('a'), job('b')])).not.toThrow();
    expect(() => assertDistinctJobs([job('a'), job('b'), job('a')])).toThrow(/jobs "a" and "a" share the advisory lock key/);
  });
});
