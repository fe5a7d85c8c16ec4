import { and, eq, sql } from 'drizzle-orm';
import type { HotlineOrderType } from '@linli/shared';
import type { Db, DbOrTx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { deadlineOf, localDay } from '../../../platform/time/deadlines';
import type { WorkingCalendar } from '../../../platform/time/working-calendar';
import { listPostsWithRole } from '../../auth';
import { listComplexes, listNodesOfKind, weightedPicker, type Random } from '../../org';
import { hotlineAssignments, hotlineOrders } from '../hotline/hotline.tables';

/** 12345 order types as a district receives them: mostly complaints and requests for help. */
const TYPE_WEIGHTS: [HotlineOrderType, number][] = [
  ['complaint', 45],
  ['help', 25],
  ['consultation', 12],
  ['suggestion', 8],
  ['report', 6],
  ['praise', 2],
  ['other', 2],
];
/** Working days a 12345 order allows the district (the usual 5-day limit). */
const LIMIT_DAYS = 5;
/** How many of a street's worst complexes get a leader (包保) each recent month. */
const LEADERS_PER_STREET = 3;
/** Months, counted back from the current one, whose worst complexes have a leader. */
const ASSIGNED_MONTHS = 3;

/** A community's complexes, heaviest first: where its 12345 calls come from. */
export interface CommunityComplexes {
  communityId: string;
  pickComplex: () => string;
}

/**
 * Complex pickers per community path. Calls concentrate (weight 1/(rank+1)^1.5) on a few complexes
 * in a fixed order, so the same problem complexes lead the monthly ranking, as they do in a real district.
 */
export async function loadCommunityComplexes(db: DbOrTx, rng: Random): Promise<Map<string, CommunityComplexes>> {
  const communities = await listNodesOfKind(db, 'community');
  const rows = await listComplexes(db);
  const result = new Map<string, CommunityComplexes>();
  for (const c of communities) {
    const own = rows.filter((r) => r.communityId === c.id).map((r) => r.id);
    if (own.length === 0) continue;
    const start = rng.int(0, own.length - 1);
    const ranked = [...own.slice(start), ...own.slice(0, start)];
    result.set(c.path, {
      communityId: c.id,
      pickComplex: weightedPicker(
        rng,
        ranked.map((id, i) => [id, 1 / Math.pow(i + 1, 1.5)] as const),
      ),
    });
  }
  return result;
}

/** What a demo 12345 order needs to know about the case it became. */
export interface HotlineCaseFacts {
  caseId: string;
  caseDay: string;
  serial: number;
  calledAt: Date;
  communityPath: string;
  handlingUnit: string;
  importedByUserId: string;
}

/** The 12345 order row behind a hotline-channel demo case, or null when its community has no complexes. */
export function demoHotlineOrder(
  rng: Random,
  cal: WorkingCalendar,
  places: Map<string, CommunityComplexes>,
  pickType: () => HotlineOrderType,
  c: HotlineCaseFacts,
): typeof hotlineOrders.$inferInsert | null {
  const place = places.get(c.communityPath);
  if (!place) return null;
  return {
    id: newId(c.calledAt),
    orderNo: `${c.caseDay}${String(c.serial).padStart(8, '0')}`,
    calledAt: c.calledAt,
    month: localDay(c.calledAt).slice(0, 7),
    type: pickType(),
    callerPhoneEnc: null,
    callerPhoneMasked: null,
    communityId: place.communityId,
    // One call in twenty names no complex the import could match: the ranking page counts those apart.
    complexId: rng.chance(0.05) ? null : place.pickComplex(),
    path: c.communityPath,
    caseId: c.caseId,
    handlingUnit: c.handlingUnit,
    limitDays: LIMIT_DAYS,
    dueAt: deadlineOf(c.calledAt, LIMIT_DAYS, 'workingDays', cal),
    importedByUserId: c.importedByUserId,
    importedAt: new Date(c.calledAt.getTime() + rng.between(0.5, 20) * 3_600_000),
  };
}

/** A picker of order types with the district's usual mix. */
export function hotlineTypePicker(rng: Random): () => HotlineOrderType {
  return weightedPicker(rng, TYPE_WEIGHTS);
}

/** The `YYYY-MM` month `back` months before the Beijing month of `now`. */
function monthBefore(now: Date, back: number): string {
  const [y, m] = localDay(now).slice(0, 7).split('-').map(Number);
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * 帮包整治 in the demo: in each of the last few months, the worst complexes of every street get a
 * street officer of that street as their leader, as a street office does after the monthly ranking.
 */
export async function assignDemoHotlineLeaders(db: Db, now: Date): Promise<number> {
  const officers = await listPostsWithRole(db, 'streetOfficer');
  let written = 0;
  for (let back = 0; back < ASSIGNED_MONTHS; back++) {
    const month = monthBefore(now, back);
    const ranked = (
      (await db.execute(sql`
        select o.complex_id as "complexId", o.path, count(*)::int as n,
               row_number() over (partition by split_part(o.path, '/', 3) order by count(*) desc, o.complex_id) as rank
        from ${hotlineOrders} o
        where o.month = ${month} and o.complex_id is not null
        group by o.complex_id, o.path`)) as unknown as { rows: { complexId: string; path: string; rank: number }[] }
    ).rows.filter((r) => Number(r.rank) <= LEADERS_PER_STREET);
    for (const r of ranked) {
      const leader = officers.find((o) => r.path.startsWith(o.nodePath));
      if (!leader) continue;
      const exists = await db
        .select({ id: hotlineAssignments.id })
        .from(hotlineAssignments)
        .where(and(eq(hotlineAssignments.month, month), eq(hotlineAssignments.complexId, r.complexId)));
      if (exists.length) continue;
      await db.insert(hotlineAssignments).values({
        id: newId(),
        month,
        complexId: r.complexId,
        path: r.path,
        leaderUserId: leader.userId,
        note: '本月12345工单排名靠前，街道领导包保整治',
        assignedByUserId: leader.userId,
        assignedAt: now,
      });
      written++;
    }
  }
  return written;
}
