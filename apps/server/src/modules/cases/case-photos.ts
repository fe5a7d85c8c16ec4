import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { type Actor } from '../../platform/auth/actor';
import { visibleCasesCondition } from './case-access';
import { caseEvents, cases } from './cases.tables';

/**
 * Whether the actor may open a stored photo (GET /api/files): when a case or a step of its
 * timeline shows it, only if the actor may see that case (DESIGN rule 3: otherwise 404). A photo no
 * case shows is open to signed-in users: a report's photos are fetched for their preview before
 * the case is written, and other modules (claims, agreements) keep their own photos (not checked here).
 * Both lookups are probes of the partial GIN indexes on the photo arrays.
 */
export async function mayOpenPhoto(db: DbOrTx, actor: Actor, key: string): Promise<boolean> {
  const shows = (photos: typeof cases.photos | typeof caseEvents.photos) => sql`${photos} @> array[${key}]::text[] and cardinality(${photos}) > 0`;
  const referencing = sql`(select ${cases.id} from ${cases} where ${shows(cases.photos)}
    union select ${caseEvents.caseId} from ${caseEvents} where ${shows(caseEvents.photos)})`;
  const [row] = await db
    .select({ cases: sql<number>`count(*)::int`, visible: sql<number>`count(*) filter (where ${visibleCasesCondition(actor)})::int` })
    .from(cases)
    .where(inArray(cases.id, referencing));
  return row.cases === 0 || row.visible > 0;
}
