import { randomUUID } from 'node:crypto';
import type { BatteryWorld } from './battery-world';
import type { Operation, SchemaNode } from './openapi-operations';

/** Routes the battery does not call with a session: logging out would end the walk's own session, and a live stream never ends. */
export const NOT_WALKED_WITH_SESSION: readonly string[] = ['POST /api/auth/logout', 'GET /api/notifications/stream'];

/** A value for a path parameter: the foreign community's record of the route's kind, else something well-formed. */
function pathValue(op: Operation, param: string, world: BatteryWorld): string {
  if (param === 'day') return '2026-12-07';
  if (param === 'key') return 'claimStartDays';
  if (param === 'year') return '2026';
  if (param === 'month') return '12';
  if (param === 'name') return `${randomUUID()}.jpg`;
  if (param === 'file') return `${world.foreign.cases}.json`;
  if (param !== 'id') return randomUUID();
  const rest = op.url.slice('/api/'.length);
  const kind = Object.keys(world.foreign)
    .filter((k) => rest.startsWith(`${k}/:id`))
    .sort((a, b) => b.length - a.length)[0];
  return kind ? world.foreign[kind] : randomUUID();
}

/**
 * Routes that answer any signed-in person about any community's record by design, so a 200 to an outsider is no leak:
 * a building's names and grid (what its notice board prints at the door, and its QR code opens). They are still called
 * with the foreign record, and their answer still must carry none of its planted text or personal data.
 */
export const OPEN_TO_EVERY_SESSION: readonly string[] = ['GET /api/geo/buildings/:id/place'];

/** True when the route's `:id` names one of the foreign community's records (and the route keeps to a scope). */
export function targetsForeignRecord(op: Operation, world: BatteryWorld): boolean {
  if (OPEN_TO_EVERY_SESSION.includes(`${op.method} ${op.url}`)) return false;
  const rest = op.url.slice('/api/'.length);
  return Object.keys(world.foreign).some((k) => rest.startsWith(`${k}/:id`));
}

/** The route's URL with every path parameter filled. */
export function filledPath(op: Operation, world: BatteryWorld): string {
  return op.url.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(pathValue(op, name, world)));
}

function firstType(schema: SchemaNode): string | undefined {
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  return t ?? schema.anyOf?.map(firstType).find(Boolean);
}

/** A query value aimed at the foreign community: its ids for id filters, its name for searches. */
function queryValue(name: string, schema: SchemaNode, world: BatteryWorld): string | undefined {
  const lt = world.tree.lt;
  if (name === 'after' || name === 'format') return undefined;
  if (schema.enum?.length) return String(schema.enum[0]);
  if (schema.format === 'uuid' || /Id$/.test(name)) {
    const byName: Record<string, string> = {
      gridId: lt.grid.id,
      houseId: lt.house1.id,
      unitId: lt.unit.id,
      buildingId: lt.building.id,
      userId: world.foreign.users,
    };
    return byName[name] ?? lt.community.id;
  }
  const type = firstType(schema);
  if (type === 'integer' || type === 'number') return String(Math.max(schema.minimum ?? 1, 1));
  if (type === 'boolean') return 'true';
  if (name === 'month') return '2026-12';
  if (['date', 'from', 'to', 'day'].includes(name)) return '2026-12-06';
  return '龙潭';
}

/** The route's query filled to reach the foreign community (ids, names, the current month). */
export function foreignQuery(op: Operation, world: BatteryWorld): string {
  const parts: string[] = [];
  for (const q of op.query) {
    const value = queryValue(q.name, q.schema, world);
    if (value !== undefined) parts.push(`${encodeURIComponent(q.name)}=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}
