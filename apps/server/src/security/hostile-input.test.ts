import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../test-support/test-app';
import { openBattery, type BatteryWorld } from './battery-world';
import { NOT_WALKED_WITH_SESSION, filledPath } from './battery-requests';
import { bodyProbes, queryProbes, type Probe } from './hostile-probes';
import type { Operation } from './openapi-operations';

// The hostile-input battery (trust issue): every write route fed malformed and hostile bodies, every
// list fed forged cursors and control characters, as the system admin so the table lets each through.
let t: TestApp;
let world: BatteryWorld;
let operations: Operation[];

beforeAll(async () => {
  const battery = await openBattery();
  ({ t, world } = battery);
  operations = battery.operations.filter((op) => !NOT_WALKED_WITH_SESSION.includes(`${op.method} ${op.url}`));
}, 300_000);
afterAll(() => t.close());

async function send(op: Operation, probe: Probe) {
  const url = filledPath(op, world) + (probe.query ? `?${probe.query}` : '');
  const headers: Record<string, string> = { cookie: world.cookies.systemAdmin };
  if (probe.raw !== undefined || probe.body !== undefined) headers['content-type'] = 'application/json';
  const payload = probe.raw ?? (probe.body === undefined ? undefined : JSON.stringify(probe.body));
  return t.app.inject({ method: op.method, url, headers, ...(payload === undefined ? {} : { payload }) });
}

/** What is wrong with an answer to a hostile probe: a 5xx, a 400 that names no field, or the wrong one. */
function verdict(res: { statusCode: number; headers: Record<string, unknown>; json(): { field?: string } }, probe: Probe): string | null {
  if (res.statusCode >= 500) return `server error ${res.statusCode}`;
  // Open311 answers errors in its standard's own shape (XML or a JSON list): no field to check.
  if (!String(res.headers['content-type'] ?? '').startsWith('application/json') || Array.isArray(res.json())) {
    return res.statusCode >= 400 || probe.field === undefined ? null : `expected a 4xx, got ${res.statusCode}`;
  }
  if (probe.field === undefined) return res.statusCode === 400 && !res.json().field ? '400 names no field' : null;
  if (res.statusCode !== 400) return `expected 400 naming ${probe.field}, got ${res.statusCode}`;
  const field = res.json().field;
  return field === probe.field ? null : `400 names ${String(field)}, expected ${probe.field}`;
}

describe('hostile input', () => {
  it('answers every hostile body on every write route with a 4xx, and a 400 names the field', async () => {
    const problems: string[] = [];
    let sent = 0;
    for (const op of operations.filter((o) => o.method !== 'GET')) {
      for (const probe of bodyProbes(op)) {
        sent += 1;
        const res = await send(op, probe);
        const wrong = verdict(res, probe);
        if (wrong) problems.push(`${op.method} ${op.url} [${probe.label}]: ${wrong}`);
      }
    }
    console.log(`hostile input: ${sent} bodies over ${operations.filter((o) => o.method !== 'GET').length} write routes`);
    if (problems.length) console.error(problems.join('\n'));
    expect(sent).toBeGreaterThan(300);
    expect(problems.join('\n')).toBe('');
  }, 300_000);

  it('answers forged cursors and control characters in queries with a 400 naming the parameter', async () => {
    const problems: string[] = [];
    let sent = 0;
    for (const op of operations.filter((o) => o.method === 'GET')) {
      for (const probe of queryProbes(op)) {
        sent += 1;
        const res = await send(op, probe);
        const wrong = verdict(res, probe);
        if (wrong) problems.push(`${op.method} ${op.url}?${probe.query} [${probe.label}]: ${wrong}`);
      }
    }
    console.log(`hostile input: ${sent} queries over ${operations.filter((o) => o.method === 'GET').length} read routes`);
    if (problems.length) console.error(problems.join('\n'));
    expect(sent).toBeGreaterThan(60);
    expect(problems.join('\n')).toBe('');
  }, 300_000);
});
