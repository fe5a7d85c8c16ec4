import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerErrorHandler } from './error-handler';

/** An error as node-postgres raises it, wrapped by Drizzle as it does. */
function dbError(message: string, code?: string, syscall?: string): Error {
  const cause = Object.assign(new Error(message), code ? { code } : {}, syscall ? { syscall } : {});
  return new Error('Failed query: insert into cases …', { cause });
}

describe('a lost database connection', () => {
  const app = Fastify();
  const thrown: Record<string, Error> = {
    terminated: dbError('terminating connection due to administrator command', '57P01'),
    unexpected: dbError('Connection terminated unexpectedly'),
    refused: dbError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED', 'connect'),
    socketGone: dbError('connect ENOENT /tmp/linli-pglite-x/.s.PGSQL.5432', 'ENOENT', 'connect'),
    fileGone: dbError('no such file', 'ENOENT', 'open'),
    uniqueViolation: dbError('duplicate key value violates unique constraint', '23505'),
  };
  beforeAll(() => {
    registerErrorHandler(app);
    for (const [name, err] of Object.entries(thrown))
      app.get(`/t/${name}`, async () => {
        throw err;
      });
  });
  afterAll(() => app.close());

  it('answers 503 UNAVAILABLE with Retry-After for terminated, dropped and refused connections', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      for (const name of ['terminated', 'unexpected', 'refused', 'socketGone']) {
        const res = await app.inject({ url: `/t/${name}` });
        expect(res.statusCode, name).toBe(503);
        expect(res.headers['retry-after'], name).toBe('2');
        expect(res.json(), name).toMatchObject({ code: 'UNAVAILABLE', requestId: res.headers['x-request-id'] });
      }
    } finally {
      write.mockRestore();
    }
  });

  it('still answers 500 for errors that are not about the connection', async () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      for (const name of ['fileGone', 'uniqueViolation']) {
        const res = await app.inject({ url: `/t/${name}` });
        expect(res.statusCode, name).toBe(500);
        expect(res.headers['retry-after'], name).toBeUndefined();
      }
    } finally {
      write.mockRestore();
    }
  });
});
