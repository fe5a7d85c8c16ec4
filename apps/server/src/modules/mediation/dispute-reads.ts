import type { DisputeDetail } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { nodeNamesById } from '../org';
import { detailOf, readerOf } from './dispute-view';
import type { MediationScope } from './mediation-access';
import * as repo from './mediation.repository';
import { mediationCommittees } from './mediation.tables';
import { eq } from 'drizzle-orm';

/** Names a dispute's page needs: its community, committee and mediators. */
export async function namesFor(db: DbOrTx, rows: repo.DisputeRow[]) {
  const [community, mediators, committees] = await Promise.all([
    nodeNamesById(db, [...new Set(rows.map((r) => r.communityId))]),
    repo.mediatorsById(db, [...new Set(rows.flatMap((r) => r.mediatorIds))]),
    rows.length === 1
      ? db
          .select({ id: mediationCommittees.id, name: mediationCommittees.name })
          .from(mediationCommittees)
          .where(eq(mediationCommittees.id, rows[0].committeeId))
      : Promise.resolve([]),
  ]);
  return { community, mediators, committee: new Map(committees.map((c) => [c.id, c.name])) };
}

/** One dispute's page for the scope's reader, or 404 outside it. */
export async function loadDetail(db: DbOrTx, scope: MediationScope, id: string, now: Date): Promise<DisputeDetail> {
  const row = await repo.findDispute(db, scope, id);
  if (!row) notFound('纠纷');
  const [parties, sessions, events, names] = await Promise.all([repo.partiesOf(db, [id]), repo.sessionsOf(db, id), repo.eventsOf(db, id), namesFor(db, [row])]);
  return detailOf(
    row,
    parties,
    readerOf(scope, row, parties),
    { community: names.community.get(row.communityId) ?? '', committee: names.committee.get(row.committeeId) ?? '', mediators: names.mediators },
    sessions,
    events,
    now,
  );
}
