import { maskPhone, type CreateCaseInput } from '@linli/shared';
import type { AppDeps } from '../../../platform/app-deps';
import type { DbOrTx } from '../../../platform/db/database';
import { AppError } from '../../../platform/errors';
import { newId } from '../../../platform/ids';
import { tokenString } from '../../../platform/text/segmenter';
import { type Actor } from '../../../platform/auth/actor';
import { placeCoordinate } from '../../geo';
import { findOrgNode, queryNode } from '../../org';
import { findRegisteredPhone } from '../../residents';
import { caseAreaScope } from '../case-access';
import { findCategory } from '../categories.repository';
import type { cases } from '../cases.tables';
import { requestHashOf } from './request-hash';

/** A validated case ready to be written: everything but the case number, which the insert draws. */
export interface NewCase {
  actor: Actor;
  now: Date;
  row: Omit<typeof cases.$inferInsert, 'caseNo'> & { id: string; path: string; gridId: string; channel: string; title: string };
  /** The name the timeline shows for the reporter (anonymous residents are not named). */
  eventActorName: string;
  categoryName: string | null;
  gridName: string;
}

/** Finds the grid a new case belongs to: the one given (checked against the reporter), or the reporter's own. */
async function resolveGrid(deps: Pick<AppDeps, 'db' | 'listen'>, db: DbOrTx, actor: Actor, gridId: string | undefined) {
  if (gridId) {
    const grid = await findOrgNode(deps, db, { id: gridId });
    if (!grid || (grid.kind !== 'grid' && grid.kind !== 'microGrid')) throw new AppError('VALIDATION_FAILED', '所选网格不存在', 'gridId');
    const area = caseAreaScope(actor);
    const ownPaths = actor.posts.map((p) => p.nodePath);
    const district = `/${grid.path.split('/').filter(Boolean)[0]}/`;
    // Staff raise cases inside their area; residents and others anywhere in their own district; a
    // pending resident (no post yet, ADR 0008) any grid, as it has no district of its own.
    const pending = actor.posts.length === 0;
    const allowed =
      area.all || area.paths.some((p) => grid.path.startsWith(p)) || (!area.paths.length && ownPaths.some((p) => p.startsWith(district))) || pending;
    if (!allowed) throw new AppError('VALIDATION_FAILED', '所选网格不在您可上报的范围内', 'gridId');
    return grid;
  }
  const home = actor.posts.find((p) => p.role === 'resident' || p.role === 'gridWorker');
  if (home) {
    const codes = home.nodePath.split('/').filter(Boolean);
    if (codes.length >= 4) {
      const grid = await findOrgNode(deps, db, { path: `/${codes.slice(0, 4).join('/')}/` });
      if (grid && grid.kind === 'grid') return grid;
    }
  }
  throw new AppError('VALIDATION_FAILED', '请选择问题所在的网格', 'gridId');
}

/**
 * A pin without a chosen building places the case: with no grid chosen, the grid whose outline holds the pin (outside
 * every grid is a 400 on `lat`); either way the nearest building of that grid within 50 m becomes its place.
 */
async function placeByPin(db: DbOrTx, input: CreateCaseInput): Promise<Pick<CreateCaseInput, 'gridId' | 'locationNodeId'>> {
  if ((input.lat === undefined) !== (input.lng === undefined)) {
    throw new AppError('VALIDATION_FAILED', '经度和纬度须同时提供', input.lat === undefined ? 'lat' : 'lng');
  }
  if (input.lat === undefined || input.lng === undefined || input.locationNodeId) return input;
  const placed = await placeCoordinate(db, [input.lng, input.lat]);
  if (!input.gridId) {
    if (!placed) throw new AppError('VALIDATION_FAILED', '定位点不在本区任何网格内，请移动定位点或选择所在楼栋', 'lat');
    return { gridId: placed.gridId, locationNodeId: placed.buildingId ?? undefined };
  }
  // A grid chosen by hand wins; the pin only names the building when it lies in that same grid.
  return { gridId: input.gridId, locationNodeId: placed?.gridId === input.gridId ? (placed.buildingId ?? undefined) : undefined };
}

/**
 * Checks a submission (grid, place, category) and builds the rows it will write. Reads only, so
 * it runs before the write's transaction: a 400 never holds a connection in a transaction, and
 * intake can group the writes of many submissions (group commit).
 */
export async function prepareNewCase(
  deps: Pick<AppDeps, 'cipher' | 'db' | 'listen'>,
  db: DbOrTx,
  actor: Actor,
  input: CreateCaseInput,
  idempotencyKey: string | undefined,
  now: Date,
): Promise<NewCase> {
  const isResident = actor.posts.every((p) => p.role === 'resident' || p.role === 'partyMember');
  const channel = isResident ? 'residentApp' : (input.channel ?? 'patrol');
  const placed = await placeByPin(db, input);
  const grid = await resolveGrid(deps, db, actor, placed.gridId).catch((error: unknown) => {
    // A grid found by the pin alone that the reporter may not file in: the pin is what to move, so name it.
    if (!input.gridId && placed.gridId && error instanceof AppError && error.field === 'gridId') {
      throw new AppError('VALIDATION_FAILED', '定位点不在您负责的区域内，请移动定位点或选择所属网格', 'lat');
    }
    throw error;
  });
  let address = input.address ?? '';
  if (placed.locationNodeId) {
    const place = await queryNode(db, { id: placed.locationNodeId });
    if (!place || !place.path.startsWith(grid.path)) throw new AppError('VALIDATION_FAILED', '位置不在所选网格内', 'locationNodeId');
    address ||= place.name;
  }
  let categoryName: string | null = null;
  if (input.categoryId) {
    const category = await findCategory(db, input.categoryId);
    if (!category || !category.active) throw new AppError('VALIDATION_FAILED', '案件类别不存在或已停用', 'categoryId');
    categoryName = category.name;
  }
  const codes = grid.path.split('/').filter(Boolean);
  const description = input.description.trim();
  const title = input.title ?? (description.length > 24 ? `${description.slice(0, 24)}…` : description);
  const reporterPhone = isResident ? null : input.reporterPhone;
  // A resident reporting under their name brings the phone the register holds, so the grid worker can call back.
  const registered = isResident && !input.anonymous && actor.residentId ? await findRegisteredPhone(db, actor.residentId) : undefined;
  return {
    actor,
    now,
    categoryName,
    gridName: grid.name,
    eventActorName: input.anonymous ? '匿名居民' : actor.displayName,
    row: {
      id: newId(),
      title,
      description,
      categoryId: input.categoryId ?? null,
      channel,
      state: 'submitted',
      tier: 'grid',
      highestTier: 'grid',
      path: grid.path,
      streetCode: codes[1],
      communityCode: codes[2],
      gridCode: codes[3],
      gridId: grid.id,
      locationNodeId: placed.locationNodeId ?? null,
      address: address || grid.name,
      lat: input.lat ?? null,
      lng: input.lng ?? null,
      reporterUserId: isResident ? actor.userId : null,
      reporterName: isResident ? actor.displayName : (input.reporterName ?? null),
      reporterPhoneEnc: reporterPhone ? deps.cipher.encrypt(reporterPhone) : (registered?.phoneEnc ?? null),
      reporterPhoneMasked: reporterPhone ? maskPhone(reporterPhone) : (registered?.phoneMasked ?? null),
      anonymous: input.anonymous ?? false,
      createdByUserId: actor.userId,
      photos: input.photos ?? [],
      searchTokens: tokenString(`${title} ${description}`),
      idempotencyKey: idempotencyKey ?? null,
      idempotencyRequestHash: idempotencyKey ? requestHashOf(input) : null,
      submittedAt: now,
      updatedAt: now,
    },
  };
}
