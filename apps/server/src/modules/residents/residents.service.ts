import type { Gender, Relation, ResidentDetail, ResidentListItem, SpecialTag } from '@linli/shared';
import { RESIDENT_READER_ROLES, SPECIAL_TAG_READER_ROLES } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { pathInScope, type DataScope } from '../../platform/auth/data-scope';
import { AppError, notFound } from '../../platform/errors';
import { takeFromBudget } from '../../platform/rate-limit/rate-counter';
import { auditActorOf, requireRole, scopeForRoles, type Actor } from '../../platform/auth/actor';
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

/** One page of residents in the actor's scope, masked, with the cursor of the next page. */
export async function listResidents(deps: AppDeps, actor: Actor, input: ListResidentsInput) {
  requireRole(actor, RESIDENT_READER_ROLES);
  const scope = scopeForRoles(actor, RESIDENT_READER_ROLES);
  let underPath: string | undefined;
  if (input.nodeId) {
    const node = await findNodeInScope(deps.db, scope, input.nodeId);
    if (!node) notFound('节点');
    underPath = node.path;
  }
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

/** Full reveals a user may make per clock hour when LINLI_REVEAL_PER_HOUR is unset. */
export const DEFAULT_REVEAL_PER_HOUR = 30;

/**
 * Decrypts one field of a resident for an explicit reveal; the read and its reason are audited
 * first. Past the hourly budget per user the reveal is refused (429) and the refusal audited, so a
 * stolen staff session cannot copy out the register one reveal at a time.
 */
export async function revealResident(deps: AppDeps, actor: Actor, id: string, field: 'phone' | 'idNumber', reason: string) {
  requireRole(actor, RESIDENT_READER_ROLES);
  const row = await repo.findResident(deps.db, scopeForRoles(actor, RESIDENT_READER_ROLES), id);
  if (!row) notFound('居民');
  const limit = deps.revealPerHour ?? DEFAULT_REVEAL_PER_HOUR;
  if (!(await takeFromBudget(deps.db, { key: `reveal:${actor.userId}`, windowMs: 3600_000, limit }, deps.now ? deps.now() : new Date()))) {
    await recordAudit(deps.db, auditActorOf(actor), {
      action: 'residents.reveal.refused',
      targetType: 'resident',
      targetId: id,
      path: row.path,
      detail: { field, reason, limit },
    });
    throw new AppError('REVEAL_LIMITED', `每小时最多查看 ${limit} 次完整信息，请稍后再试`);
  }
  const stored = field === 'phone' ? row.phoneEnc : row.idNumberEnc;
  await recordAudit(deps.db, auditActorOf(actor), {
    action: `residents.reveal.${field}`,
    targetType: 'resident',
    targetId: id,
    path: row.path,
    detail: { reason },
  });
  if (!stored) return { field, value: null };
  try {
    return { field, value: deps.cipher.decrypt(stored) };
  } catch {
    throw new AppError('INTERNAL', '无法解密：数据密钥与写入时不一致（请检查 LINLI_SECRET）');
  }
}
