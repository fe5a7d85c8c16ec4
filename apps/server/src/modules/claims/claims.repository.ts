import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { eventRow, type EventInsert } from '../../platform/workflow/apply-transition';
import { userNamesById } from '../auth';
import { maskName } from './claims-support';
import { LIVE_CLAIM_STATES, type ClaimEventView, type ClaimItemKind } from '@linli/shared';
import { claimEvents, claims, partnerUnits } from './claims.tables';

/** A claim row. */
export type ClaimRow = typeof claims.$inferSelect;

/** The item's live claim (the one holding it), if any. */
export async function findLiveClaim(db: DbOrTx, itemKind: ClaimItemKind, itemId: string): Promise<ClaimRow | undefined> {
  const [row] = await db
    .select()
    .from(claims)
    .where(and(eq(claims.itemKind, itemKind), eq(claims.itemId, itemId), inArray(claims.state, [...LIVE_CLAIM_STATES])));
  return row;
}

/** Live claims of many items at once, keyed by item id. */
export async function liveClaimsOf(db: DbOrTx, itemKind: ClaimItemKind, itemIds: string[]): Promise<Map<string, ClaimRow>> {
  if (!itemIds.length) return new Map();
  const rows = await db
    .select()
    .from(claims)
    .where(and(eq(claims.itemKind, itemKind), inArray(claims.itemId, itemIds), inArray(claims.state, [...LIVE_CLAIM_STATES])));
  return new Map(rows.map((r) => [r.itemId, r]));
}

/** One timeline entry to append. */
export interface NewClaimEvent {
  subjectKind: 'wish' | 'need' | 'claim' | 'registration' | 'order';
  subjectId: string;
  claimId?: string | null;
  action: string;
  fromState: string | null;
  toState: string;
  /** Who acted; `userId` is null for the system (scheduled expiry, a linked case closing). */
  actor: { userId: string | null; displayName: string };
  at: Date;
  note?: string | null;
  photos?: string[];
  data?: Record<string, unknown> | null;
  path: string;
}

function eventValues(e: NewClaimEvent): typeof claimEvents.$inferInsert {
  return {
    id: newId(),
    subjectKind: e.subjectKind,
    subjectId: e.subjectId,
    claimId: e.claimId ?? null,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    actorUserId: e.actor.userId,
    actorName: e.actor.displayName,
    at: e.at,
    note: e.note ?? null,
    photos: e.photos ?? [],
    data: e.data ?? null,
    path: e.path,
  };
}

/** The immutable timeline row of a claims-module transition, for applyTransition to insert. */
export function claimEvent(e: NewClaimEvent): EventInsert {
  return eventRow(claimEvents, eventValues(e));
}

/** Appends an immutable timeline entry; call it in the transaction of the change. */
export async function appendEvent(db: DbOrTx, e: NewClaimEvent): Promise<void> {
  await db.insert(claimEvents).values(eventValues(e));
}

/** The timeline of one subject, oldest first; steps taken by `maskedUserId` (a wisher or orderer the viewer may not name) show a masked name. */
export async function listEvents(
  db: DbOrTx,
  subjectKind: NewClaimEvent['subjectKind'],
  subjectId: string,
  maskedUserId: string | null = null,
): Promise<ClaimEventView[]> {
  const rows = await db
    .select()
    .from(claimEvents)
    .where(and(eq(claimEvents.subjectKind, subjectKind), eq(claimEvents.subjectId, subjectId)))
    .orderBy(asc(claimEvents.at), asc(claimEvents.id));
  return rows.map((r) => ({
    id: r.id,
    subjectKind: r.subjectKind as ClaimEventView['subjectKind'],
    action: r.action,
    fromState: r.fromState,
    toState: r.toState,
    actorName: maskedUserId && r.actorUserId === maskedUserId ? maskName(r.actorName) : r.actorName,
    at: r.at.toISOString(),
    note: r.note,
    photos: r.photos,
  }));
}

/** Display names of users by id. */
export async function userNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  return userNamesById(
    db,
    ids.filter((i): i is string => Boolean(i)),
  );
}

/** Names of partner units by id. */
export async function unitNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((i): i is string => Boolean(i)))];
  if (!unique.length) return new Map();
  const rows = await db.select({ id: partnerUnits.id, name: partnerUnits.name }).from(partnerUnits).where(inArray(partnerUnits.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
