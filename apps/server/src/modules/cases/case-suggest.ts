import { and, eq, inArray, sql } from 'drizzle-orm';
import { OPEN_CASE_STATES, redactTitle, type CaseState } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { pathInScope } from '../../platform/auth/data-scope';
import { type Actor } from '../../platform/auth/actor';
import { findOrgNode } from '../org';
import { caseAreaScope, gridPathOf, notSensitiveCase } from './case-access';
import { orQuery, segment } from '../../platform/text/segmenter';
import { listCategories } from './categories.repository';
import { cases } from './cases.tables';

/** How many past cases per category feed the suggestion. */
const HISTORY_WINDOW = 2000;

/**
 * Ranks leaf categories for a description: keyword hits from the category tree, plus how strongly
 * past cases filed under each category match the same words (full-text rank over jieba tokens).
 */
export async function suggestCategories(deps: AppDeps, text: string) {
  const tokens = new Set(segment(text));
  const categories = (await listCategories(deps.db)).filter((c) => c.active);
  const parents = new Set(categories.map((c) => c.parentId).filter(Boolean));
  const scores = new Map<string, number>();
  for (const c of categories) {
    if (parents.has(c.id)) continue;
    let score = 0;
    for (const k of c.keywords) if (text.includes(k)) score += tokens.has(k) ? 2 : 1;
    if (text.includes(c.name)) score += 3;
    if (score) scores.set(c.id, score);
  }
  const query = orQuery(text);
  if (query) {
    const result = await deps.db.execute(sql`
      select category_id, sum(rank) as score from (
        select ${cases.categoryId} as category_id, ts_rank(to_tsvector('simple', ${cases.searchTokens}), to_tsquery('simple', ${query})) as rank
        from ${cases}
        where ${cases.categoryId} is not null and to_tsvector('simple', ${cases.searchTokens}) @@ to_tsquery('simple', ${query})
        order by ${cases.id} desc
        limit ${HISTORY_WINDOW}
      ) matched group by category_id`);
    for (const r of (result as unknown as { rows: { category_id: string; score: string | number }[] }).rows) {
      scores.set(r.category_id, (scores.get(r.category_id) ?? 0) + Number(r.score) * 10);
    }
  }
  const byId = new Map(categories.map((c) => [c.id, c]));
  return [...scores.entries()]
    .filter(([id]) => byId.has(id) && !parents.has(id))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([id, score]) => ({ id, name: byId.get(id)!.name, score: Math.round(score * 100) / 100 }));
}

/**
 * How the actor may see the open cases of a grid for "me too": staff inside their case scope in
 * full; a resident of the grid as a neighbour (no sensitive category, text redacted); anyone else
 * not at all, so the suggestion cannot be used to read other grids.
 */
async function similarCaseAccess(deps: AppDeps, actor: Actor, gridId: string): Promise<'full' | 'neighbour' | null> {
  const grid = await findOrgNode(deps, deps.db, { id: gridId });
  if (!grid) return null;
  if (pathInScope(grid.path, caseAreaScope(actor))) return 'full';
  return actor.posts.some((p) => p.role === 'resident' && gridPathOf(p.nodePath) === grid.path) ? 'neighbour' : null;
}

/** Open cases in the grid whose words overlap the description: candidates for "me too", as far as the actor may see them. */
export async function findSimilarOpenCases(deps: AppDeps, actor: Actor, gridId: string, text: string) {
  const query = orQuery(text);
  if (!query) return [];
  const access = await similarCaseAccess(deps, actor, gridId);
  if (!access) return [];
  const rank = sql<number>`ts_rank(to_tsvector('simple', ${cases.searchTokens}), to_tsquery('simple', ${query}))`;
  const rows = await deps.db
    .select({
      id: cases.id,
      caseNo: cases.caseNo,
      title: cases.title,
      state: cases.state,
      supporters: cases.supporters,
      submittedAt: cases.submittedAt,
      score: rank,
      reporterName: cases.reporterName,
    })
    .from(cases)
    .where(
      and(
        eq(cases.gridId, gridId),
        inArray(cases.state, [...OPEN_CASE_STATES]),
        access === 'neighbour' ? notSensitiveCase() : undefined,
        sql`to_tsvector('simple', ${cases.searchTokens}) @@ to_tsquery('simple', ${query})`,
      ),
    )
    .orderBy(sql`${rank} desc`)
    .limit(5);
  return rows.map(({ reporterName, ...r }) => ({
    ...r,
    title: access === 'neighbour' ? redactTitle(r.title, [reporterName]) : r.title,
    state: r.state as CaseState,
    submittedAt: r.submittedAt.toISOString(),
    score: Math.round(Number(r.score) * 1000) / 1000,
  }));
}
