import type { Gender, Relation, ResidentDetail, ResidentListItem, SpecialTag } from '@linli/shared';
import { RESIDENT_READER_ROLES, SPECIAL_TAG_READER_ROLES } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { pathInScope, type DataScope } from '../../platform/auth/data-scope';
import { notFound } from '../../platform/errors';
import { auditedReveal } from '../../platform/privacy/audited-reveal';
import { requireRole, scopeForRoles, type Actor } from '../../platform/auth/actor';
import { findNodeInScope, listNodeNamesOnPath } from '../org';
import * as repo from './residents.repository';
import { parsePersonQuery } from './residents.search';

/** Age in whole years on `today`. */
export function ageOn(birthDate: string, today: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number);
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age -= 1;
  return age;
}

function toListItem(row: repo.ResidentListRow, tagScope: DataScope, today: Date): ResidentListItem {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender as Gender,
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, today),
    relation: row.relation as Relation,
    phoneMasked: row.phoneMasked,
    idNumberMasked: row.idNumberMasked,
    // PIPL need-to-know: special-population tags only for roles that work with them.
    tags: pathInScope(row.path, tagScope) ? (row.tags as SpecialTag[]) : null,
    householdId: row.householdId,
    address: row.address,
  };
}

/** Query for {@link listResidents}. */
export interface ListResidentsInput {
  q?: string;
  nodeId?: string;
  householdId?: string;
  tag?: SpecialTag;
  limit: number;
  after?: string;
}

/** The subtree a `nodeId` filter names, checked inside the scope (404 outside it). */
async function underPathOf(deps: AppDeps, scope: DataScope, nodeId: string | undefined): Promise<string | undefined> {
  if (!nodeId) return undefined;
  const node = await findNodeInScope(deps.db, scope, nodeId);
  if (!node) notFound('节点');
  return node.path;
}

/** How many residents in the actor's scope match the list's filters (an export's size). */
export async function countResidents(deps: AppDeps, actor: Actor, input: Omit<ListResidentsInput, 'limit' | 'after'>): Promise<number> {
  requireRole(actor, RESIDENT_READER_ROLES);
  const scope = scopeForRoles(actor, RESIDENT_READER_ROLES);
  return repo.countResidents(deps.db, scope, {
    underPath: await underPathOf(deps, scope, input.nodeId),
    householdId: input.householdId,
    tag: input.tag,
    nameOrPhone: input.q ? parsePersonQuery(deps, input.q) : undefined,
  });
}

/** One page of residents in the actor's scope, masked, with the cursor of the next page. */
export async function listResidents(deps: AppDeps, actor: Actor, input: ListResidentsInput) {
  requireRole(actor, RESIDENT_READER_ROLES);
  const scope = scopeForRoles(actor, RESIDENT_READER_ROLES);
  const underPath = await underPathOf(deps, scope, input.nodeId);
  const after = deps.cursors.decode(input.after, 2);
  const rows = await repo.listResidents(deps.db, scope, {
    underPath,
    householdId: input.householdId,
    tag: input.tag,
    nameOrPhone: input.q ? parsePersonQuery(deps, input.q) : undefined,
    after: after ? { path: String(after[0]), id: String(after[1]) } : undefined,
    limit: input.limit + 1,
  });
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  const tagScope = scopeForRoles(actor, SPECIAL_TAG_READER_ROLES);
  const today = deps.now ? deps.now() : new Date();
  return {
    items: page.map((r) => toListItem(r, tagScope, today)),
    nextCursor: rows.length > input.limit && last ? deps.cursors.encode([last.path, last.id]) : null,
  };
}

/** One resident (masked) with household members and the grid and community they live in. */
export async function getResident(deps: AppDeps, actor: Actor, id: string): Promise<ResidentDetail> {
  requireRole(actor, RESIDENT_READER_ROLES);
  const scope = scopeForRoles(actor, RESIDENT_READER_ROLES);
  const row = await repo.findResident(deps.db, scope, id);
  if (!row) notFound('居民');
  const [members, names] = await Promise.all([repo.listHouseholdMembers(deps.db, scope, row.householdId), listNodeNamesOnPath(deps.db, row.path)]);
  const today = deps.now ? deps.now() : new Date();
  return {
    ...toListItem(row, scopeForRoles(actor, SPECIAL_TAG_READER_ROLES), today),
    nodeId: row.houseId,
    householdNo: row.householdNo,
    householdMembers: members.map((m) => ({ id: m.id, name: m.name, relation: m.relation as Relation })),
    gridName: names.grid ?? '',
    communityName: names.community ?? '',
  };
}

/**
 * Decrypts one field of a resident for an explicit reveal: audited, with the reason, within the
 * person's hourly reveal budget (platform/privacy/audited-reveal.ts).
 */
export async function revealResident(deps: AppDeps, actor: Actor, id: string, field: 'phone' | 'idNumber', reason: string) {
  requireRole(actor, RESIDENT_READER_ROLES);
  const row = await repo.findResident(deps.db, scopeForRoles(actor, RESIDENT_READER_ROLES), id);
  if (!row) notFound('居民');
  const stored = field === 'phone' ? row.phoneEnc : row.idNumberEnc;
  const value = await auditedReveal(deps, actor, {
    action: `residents.reveal.${field}`,
    targetType: 'resident',
    targetId: id,
    path: row.path,
    field,
    reason,
    stored,
  });
  return { field, value };
}
