import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { ROLES, ROUTE_ACCESS, mayDo, routeAccessOf, type AccessRole } from '@linli/shared';
import { registerAccessGate, routesOutsideTheTable } from '../modules/auth';
import type { TestApp } from '../test-support/test-app';
import { BATTERY_METRICS_TOKEN, FOREIGN_MARK, FOREIGN_RESIDENT, openBattery, type BatteryWorld } from './battery-world';
import { NOT_WALKED_WITH_SESSION, OPEN_TO_EVERY_SESSION, filledPath, foreignQuery, targetsForeignRecord } from './battery-requests';
import type { Operation } from './openapi-operations';

// The route battery (trust issue): every route of the OpenAPI document, for every role and for no
// session, aimed at another community's records. Expectations come from the capability table.
let t: TestApp;
let world: BatteryWorld;
let operations: Operation[];

beforeAll(async () => {
  ({ t, world, operations } = await openBattery());
}, 300_000);
afterAll(() => t.close());

const keyOf = (op: Operation) => `${op.method} ${op.url}`;

async function call(op: Operation, cookie: string | undefined, query = '') {
  const url = filledPath(op, world) + (query ? `?${query}` : '');
  const withBody = op.method !== 'GET' && op.method !== 'DELETE';
  return t.app.inject({ method: op.method, url, headers: cookie ? { cookie } : {}, ...(withBody ? { payload: {} } : {}) });
}

/** Full ID numbers and phones of the register found in a body, or in the cells of an Excel answer. */
async function secretsIn(res: { headers: Record<string, unknown>; body: string; rawPayload: Buffer }): Promise<string[]> {
  let text = res.body;
  if (String(res.headers['content-type'] ?? '').includes('spreadsheetml')) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    text = '';
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => (text += `${String(cell.text)}\n`))));
  }
  return world.secrets.filter((s) => text.includes(s));
}

/**
 * What an answer to an outsider must not carry: the foreign community's planted text and its
 * resident. Community names are not among them: they are the official divisions, public by law,
 * and a pending resident picks its community from the list.
 */
function foreignDataIn(body: string): string[] {
  return [FOREIGN_MARK, FOREIGN_RESIDENT.name].filter((m) => body.includes(m));
}

describe('the route battery', () => {
  it('walks every operation of the OpenAPI document, and every one has an entry in the capability table', () => {
    expect(operations.length).toBeGreaterThan(100);
    expect(operations.filter((op) => !routeAccessOf(op.method, op.url)).map(keyOf)).toEqual([]);
  });

  it("aims every map route with an id at another community's record (or names it open to every session)", () => {
    const geo = operations.filter((op) => op.url.startsWith('/api/geo/') && op.url.includes(':id'));
    expect(geo.length).toBeGreaterThan(4);
    expect(geo.filter((op) => !targetsForeignRecord(op, world) && !OPEN_TO_EVERY_SESSION.includes(keyOf(op))).map(keyOf)).toEqual([]);
  });

  it('lists no route in the table that the server does not have', () => {
    const served = new Set(operations.map(keyOf));
    expect(Object.keys(ROUTE_ACCESS).filter((k) => !served.has(k))).toEqual([]);
  });

  it('has no route outside the table but /metrics, which no session opens: only its bearer token does', async () => {
    // The table governs /api and /open311; anything else (the web app's files aside) must be listed here with its guard.
    expect(routesOutsideTheTable(t.app)).toEqual(['GET /metrics']);
    const problems: string[] = [];
    for (const [role, cookie] of [['no session', undefined], ...Object.entries(world.cookies)] as const) {
      const res = await t.app.inject({ url: '/metrics', headers: cookie ? { cookie } : {} });
      if (res.statusCode !== 401 || res.body.includes('linli_')) problems.push(`${role}: GET /metrics → ${res.statusCode}`);
    }
    expect(problems).toEqual([]);
    const scraped = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${BATTERY_METRICS_TOKEN}` } });
    expect(scraped.statusCode).toBe(200);
    // Figures only: no personal data of the world the battery built.
    expect(world.secrets.filter((s) => scraped.body.includes(s))).toEqual([]);
  });

  it('refuses to start a server with a route missing from the table', async () => {
    const app = Fastify();
    registerAccessGate(app, t.deps);
    expect(() => app.get('/api/made-up-report', async () => ({ ok: true }))).toThrow(/no entry in ROUTE_ACCESS/);
    await app.close();
  });

  it('answers 401 to every non-public route without a session, and never a 5xx', async () => {
    const problems: string[] = [];
    for (const op of operations) {
      const access = routeAccessOf(op.method, op.url)!;
      if (op.url === '/api/notifications/stream' && 'public' in access) continue;
      const res = await call(op, undefined);
      if (res.statusCode >= 500) problems.push(`${keyOf(op)} → ${res.statusCode}`);
      else if (!('public' in access) && res.statusCode !== 401) problems.push(`${keyOf(op)} → ${res.statusCode}, expected 401`);
    }
    expect(problems.join('\n')).toBe('');
  });

  // Outsiders first: the roles above 龙潭 may change its records, which must not happen mid-walk.
  const walkOrder: AccessRole[] = [
    ...ROLES.filter((r) => !['systemAdmin', 'districtOfficer', 'streetOfficer'].includes(r)),
    'pendingResident',
    'streetOfficer',
    'districtOfficer',
    'systemAdmin',
  ];
  for (const role of walkOrder) {
    it(`gives ${role} only what the capability table and its scope allow`, async () => {
      const problems: string[] = [];
      let sent = 0;
      const outsider = world.outsiders.includes(role);
      for (const op of operations) {
        if (NOT_WALKED_WITH_SESSION.includes(keyOf(op))) continue;
        const access = routeAccessOf(op.method, op.url)!;
        const excel = op.query.some((q) => q.name === 'format' && (q.schema.enum?.includes('xlsx') || q.schema.const === 'xlsx'));
        const queries = op.method !== 'GET' ? [''] : ['', foreignQuery(op, world), ...(excel ? ['format=xlsx'] : [])];
        for (const query of queries) {
          // An Excel answer is an export: the table's export column decides (the gate asks the same).
          const action = query === 'format=xlsx' ? 'export' : 'public' in access ? null : access.action;
          const allowed = 'public' in access || mayDo([role], access.kind, action!);
          const res = await call(op, world.cookies[role], query);
          sent += 1;
          const where = `${keyOf(op)}${query ? ` ?${query}` : ''} → ${res.statusCode}`;
          if (res.statusCode >= 500) problems.push(`${where}: server error`);
          if (!allowed) {
            if (res.statusCode !== 403) problems.push(`${where}: the table denies ${role}, expected 403`);
            continue;
          }
          const ok = res.statusCode >= 200 && res.statusCode < 300;
          if (outsider && targetsForeignRecord(op, world) && ok) problems.push(`${where}: acted on or read another community's record`);
          // A 400 for a missing query parameter comes before any lookup and tells nothing about the record.
          if (outsider && op.method === 'GET' && targetsForeignRecord(op, world) && ![400, 403, 404].includes(res.statusCode)) {
            problems.push(`${where}: another community's record should be 404`);
          }
          // Public routes (Open311) publish every community's public fields by design; what they hide is tested with them.
          if (outsider && ok && !('public' in access) && foreignDataIn(res.body).length)
            problems.push(`${where}: carries ${foreignDataIn(res.body).join(', ')}`);
          if (ok && op.method === 'GET') {
            const secrets = await secretsIn(res);
            if (secrets.length) problems.push(`${where}: carries a full ID number or phone`);
          }
        }
      }
      console.log(`route battery: ${role}: ${sent} requests over ${operations.length} operations`);
      if (problems.length) console.error(`${role}:\n${problems.join('\n')}`);
      expect(problems.join('\n')).toBe('');
    }, 240_000);
  }
});
