import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app';
import { createLogSink, logFormatOf } from './log-sink';
import { createLogger } from './logger';
import { scrubText } from './log-scrub';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PHONE = '13912345678';
const ID_NUMBER = '110101199003074258';
const PASSWORD = 'Secret-Pa55word!';

/** Runs `fn` with stdout and stderr captured; returns what was written to both. */
async function capture(fn: () => Promise<void>): Promise<string> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await fn();
    // Read before mockRestore, which clears the calls.
    return [...out.mock.calls, ...err.mock.calls].map((c) => String(c[0])).join('');
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('request ids', () => {
  let behindProxy: TestApp;
  let direct: TestApp;
  beforeAll(async () => {
    behindProxy = await createTestApp({ deps: { trustProxy: ['127.0.0.1'] } });
    direct = await createTestApp();
    for (const t of [behindProxy, direct]) {
      t.app.get('/test-only/boom', async () => {
        throw new Error('kaboom');
      });
    }
  });
  afterAll(async () => {
    await behindProxy.close();
    await direct.close();
  });

  it('takes X-Request-Id from a trusted proxy, echoes it and carries it into an error answer and its log line', async () => {
    const ok = await behindProxy.app.inject({ url: '/api/health', headers: { 'x-request-id': 'nginx-7f3a9c' } });
    expect(ok.headers['x-request-id']).toBe('nginx-7f3a9c');
    let res;
    const written = await capture(async () => {
      res = await behindProxy.app.inject({ url: '/test-only/boom', headers: { 'x-request-id': 'nginx-0042' } });
    });
    expect(res!.statusCode).toBe(500);
    expect(res!.headers['x-request-id']).toBe('nginx-0042');
    expect(res!.json()).toMatchObject({ requestId: 'nginx-0042' });
    const line = JSON.parse(written.split('\n').find((l) => l.includes('nginx-0042'))!);
    expect(line).toMatchObject({ level: 'error', reqId: 'nginx-0042', msg: 'unhandled error' });
    expect(line.err.stack).toContain('kaboom');
  });

  it('ignores X-Request-Id from a client that is not a trusted proxy, and a malformed one from a proxy', async () => {
    const res = await direct.app.inject({ url: '/api/health', headers: { 'x-request-id': 'forged-id' } });
    expect(res.headers['x-request-id']).toMatch(UUID);
    const bad = await behindProxy.app.inject({ url: '/api/health', headers: { 'x-request-id': 'a b\u2028"} {"level":"error' } });
    expect(bad.headers['x-request-id']).toMatch(UUID);
  });
});

describe('what the logs never carry', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Every request logged (LINLI_LOG=1), JSON lines, as on a server.
    t = await createTestApp({ log: { logger: createLogger({ format: 'json' }), logRequests: true } });
    // A statement failing with personal data among its parameters: Drizzle's error message lists them.
    t.app.post('/test-only/save', async (req) => {
      const body = req.body as { phone: string; idNumber: string };
      await t.deps.db.execute(sql`select ${body.phone} as phone, ${body.idNumber} as id from no_such_table`);
      return { ok: true };
    });
    // PostgreSQL quotes the value it cannot read (a data error, logged as a warning).
    t.app.post('/test-only/number', async (req) => {
      await t.deps.db.execute(sql`select ${(req.body as { phone: string }).phone}::int`);
      return { ok: true };
    });
  });
  afterAll(() => t.close());

  it('prints no phone, ID number or password from bodies, queries, error messages or stacks, and still logs each error with its stack', async () => {
    const responses: number[] = [];
    const written = await capture(async () => {
      const send = async (url: string, payload: Record<string, string>) => responses.push((await t.app.inject({ method: 'POST', url, payload })).statusCode);
      await send('/api/auth/login', { username: 'nobody', password: PASSWORD });
      await send('/api/auth/otp/send', { phone: PHONE });
      await send('/test-only/save', { phone: PHONE, idNumber: ID_NUMBER, password: PASSWORD });
      await send('/test-only/number', { phone: `${PHONE}x` });
      responses.push((await t.app.inject({ url: `/api/residents?q=${ID_NUMBER}&api_key=${PASSWORD}` })).statusCode);
    });
    expect(responses).toEqual([401, expect.any(Number), 500, 400, 401]);
    for (const secret of [PHONE, ID_NUMBER, PASSWORD, encodeURIComponent(PASSWORD)]) expect(written).not.toContain(secret);
    const lines = written
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { level: string; msg: string; reqId?: string; err?: { stack?: string } });
    const failure = lines.find((l) => l.msg === 'unhandled error');
    expect(failure?.reqId).toMatch(UUID);
    expect(failure?.err?.stack).toMatch(/no_such_table[\s\S]*params: \*\*\*/);
    expect(lines.find((l) => l.msg === 'database refused the input')?.level).toBe('warn');
    // The request lines are there (LINLI_LOG=1), one pair per request.
    expect(lines.filter((l) => l.msg === 'request completed')).toHaveLength(5);
  });

  it('scrubs phones and ID numbers written with separators, and query parameters', () => {
    expect(scrubText(`Failed query: insert into t values ($1, $2)\nparams: ${PHONE},${ID_NUMBER}`)).toBe(
      'Failed query: insert into t values ($1, $2)\nparams: ***',
    );
    expect(scrubText('call 139-1234-5678 now')).not.toContain('5678');
    expect(scrubText('invalid input syntax for type uuid: "x-13912345678"')).toBe('invalid input syntax for type uuid: "***"');
  });
});

/** Runs `fn` with stdout and stderr captured; returns what each received. */
function split(fn: () => void): [string, string] {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    fn();
    return [out.mock.calls.map((c) => String(c[0])).join(''), err.mock.calls.map((c) => String(c[0])).join('')];
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('log formats', () => {
  it('is pretty at a terminal and JSON otherwise, unless LINLI_LOG_FORMAT says', () => {
    expect(logFormatOf({}, true)).toBe('pretty');
    expect(logFormatOf({}, false)).toBe('json');
    expect(logFormatOf({ LINLI_LOG_FORMAT: 'json' }, true)).toBe('json');
    expect(logFormatOf({ LINLI_LOG_FORMAT: 'pretty' }, false)).toBe('pretty');
    expect(() => logFormatOf({ LINLI_LOG_FORMAT: 'xml' }, false)).toThrow(/LINLI_LOG_FORMAT/);
  });

  it('keeps the start-up lines as a person at a terminal knows them, with errors and their stack on stderr', async () => {
    const [stdout, errors] = split(() => {
      const logger = createLogger({ format: 'pretty' });
      logger.info('[linli] 数据库：PGlite /srv/linli');
      logger.error({ err: new Error('outbox went wrong'), job: 'sweep' }, '[jobs] sweep failed');
    });
    expect(stdout).toBe('[linli] 数据库：PGlite /srv/linli\n');
    expect(errors).toMatch(/^\[jobs\] ERROR sweep failed {2}job=sweep\nError: outbox went wrong\n {4}at /);
  });

  it('writes JSON lines unchanged, warnings and errors to stderr', () => {
    const sink = createLogSink('json');
    expect(
      split(() => {
        sink.write('{"level":"info","msg":"a"}\n');
        sink.write('{"level":"warn","msg":"b"}\n');
      }),
    ).toEqual(['{"level":"info","msg":"a"}\n', '{"level":"warn","msg":"b"}\n']);
  });
});
