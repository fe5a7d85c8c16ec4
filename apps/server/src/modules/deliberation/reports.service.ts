import { and, gte, inArray, lte } from 'drizzle-orm';
import {
  SUGGESTION_OUTCOME_LABELS,
  chinaDateOf,
  complianceOf,
  describeMeetingRule,
  occurrencesOf,
  suggestionFunnel,
  type Compliance,
  type ComplianceRow,
  type FunnelRow,
  type MeetingKind,
  type MeetingState,
  type SuggestionOutcome,
  type SuggestionState,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireRole, type Actor } from '../../platform/auth/actor';
import { buildWorkbook } from '../../platform/excel/xlsx-writer';
import { AppError } from '../../platform/errors';
import { nodeNamesById, queryNode, queryNodes } from '../org';
import { DELIBERATION_STAFF_ROLES } from '@linli/shared';
import { deliberationScope, nowOf } from './deliberation-access';
import { funnelRows, listSeries, type SeriesRow } from './deliberation.repository';
import { meetings } from './deliberation.tables';

/**
 * Held vs required for every series the caller runs, over one year up to today: each occurrence of
 * the series' rule since it started whose meeting has ended is required (`complianceOf`).
 */
export async function meetingCompliance(deps: AppDeps, actor: Actor, query: { year?: number; communityId?: string }) {
  requireRole(actor, DELIBERATION_STAFF_ROLES);
  const scope = deliberationScope(actor);
  const now = nowOf(deps);
  const year = query.year ?? Number(chinaDateOf(now).slice(0, 4));
  const today = chinaDateOf(now);
  const until = `${year}-12-31` < today ? `${year}-12-31` : today;
  const series = (await listSeries(deps.db, scope, query.communityId)).filter((s) => scope.staff.all || scope.staff.paths.some((p) => s.path.startsWith(p)));
  const compliance = await seriesCompliance(deps, series, `${year}-01-01`, until, now);
  const names = await nodeNamesById(deps.db, [...new Set(series.map((s) => s.communityId))]);
  const items: ComplianceRow[] = series.map((s, i) => ({
    communityId: s.communityId,
    communityName: names.get(s.communityId) ?? '',
    seriesId: s.id,
    kind: s.kind as MeetingKind,
    title: s.title,
    ruleText: describeMeetingRule(s.rule),
    ...compliance[i],
  }));
  return { year, until, items };
}

/**
 * Held vs required of each series over the local days [from, until] (`complianceOf`): every occurrence
 * of its rule in that span since the series started, whose meeting has ended by `now`, is required.
 */
export async function seriesCompliance(deps: AppDeps, series: readonly SeriesRow[], from: string, until: string, now: Date): Promise<Compliance[]> {
  const ids = series.map((s) => s.id);
  const rows = ids.length
    ? await deps.db
        .select({ seriesId: meetings.seriesId, occurrence: meetings.occurrence, state: meetings.state })
        .from(meetings)
        .where(and(inArray(meetings.seriesId, ids), gte(meetings.occurrence, from), lte(meetings.occurrence, until)))
    : [];
  return series.map((s) => {
    const start = s.startsOn > from ? s.startsOn : from;
    const required =
      start > until
        ? []
        : occurrencesOf(s.rule, start, until)
            .filter((o) => o.endsAt <= now)
            .map((o) => o.date);
    return complianceOf(
      required,
      rows.filter((r) => r.seriesId === s.id).map((r) => ({ occurrence: r.occurrence, state: r.state as MeetingState })),
    );
  });
}

const DAY = 86_400_000;

/**
 * The suggestion funnel per community, with a total row per street (`suggestionFunnel`), over the
 * suggestions collected in [from, to] (default: everything) in the caller's staff area, or under one street.
 */
export async function funnelReportOf(deps: AppDeps, actor: Actor, query: { streetId?: string; from?: string; to?: string }): Promise<FunnelRow[]> {
  requireRole(actor, DELIBERATION_STAFF_ROLES);
  const scope = deliberationScope(actor);
  let under: string | null = null;
  if (query.streetId) {
    const street = await queryNode(deps.db, { id: query.streetId });
    if (!street || street.kind !== 'street') throw new AppError('VALIDATION_FAILED', '所选街道不存在', 'streetId');
    under = street.path;
  }
  const from = query.from ? new Date(`${query.from}T00:00:00+08:00`) : new Date(0);
  const to = query.to ? new Date(Date.parse(`${query.to}T00:00:00+08:00`) + DAY) : new Date('9999-12-31T00:00:00Z');
  const rows = (await funnelRows(deps.db, scope, under, from, to)).filter((r) => scope.staff.all || scope.staff.paths.some((p) => r.path.startsWith(p)));
  const byCommunity = new Map<string, typeof rows>();
  for (const r of rows) byCommunity.set(r.communityId, [...(byCommunity.get(r.communityId) ?? []), r]);
  const streetPathOf = (path: string) => `/${path.split('/').filter(Boolean).slice(0, 2).join('/')}/`;
  const streets = await queryNodes(deps.db, { paths: [...new Set(rows.map((r) => streetPathOf(r.path)))] });
  const names = await nodeNamesById(deps.db, [...byCommunity.keys()]);
  const funnelOf = (list: typeof rows) =>
    suggestionFunnel(list.map((r) => ({ state: r.state as SuggestionState, outcome: r.outcome as SuggestionOutcome | null })));
  const out: FunnelRow[] = [];
  for (const street of streets.sort((a, b) => a.path.localeCompare(b.path))) {
    const inStreet = rows.filter((r) => r.path.startsWith(street.path));
    out.push({ nodeId: street.id, nodeName: street.name, level: 'street', ...funnelOf(inStreet) });
    const communities = [...byCommunity.entries()].filter(([, list]) => list[0].path.startsWith(street.path));
    for (const [id, list] of communities.sort((a, b) => a[1][0].path.localeCompare(b[1][0].path)))
      out.push({ nodeId: id, nodeName: names.get(id) ?? '', level: 'community', ...funnelOf(list) });
  }
  return out;
}

/** The funnel as an .xlsx sheet 建议办理漏斗. */
export function funnelWorkbook(rows: FunnelRow[]): Promise<Buffer> {
  return buildWorkbook<FunnelRow>(
    '建议办理漏斗',
    [
      { header: '街道/社区', width: 22, value: (r) => (r.level === 'street' ? r.nodeName : `  ${r.nodeName}`) },
      { header: '收集建议', value: (r) => r.collected },
      { header: '提交业主大会', width: 14, value: (r) => r.submitted },
      { header: '业主大会通过', width: 14, value: (r) => r.passed },
      { header: '通过后完成', width: 12, value: (r) => r.done },
      ...(['solved', 'tracked', 'project', 'notAdopted'] as const).map((o) => ({
        header: SUGGESTION_OUTCOME_LABELS[o],
        value: (r: FunnelRow) => r.byOutcome[o],
      })),
      { header: '待研判', value: (r) => r.byOutcome.pending },
      { header: '已办结（各途径）', width: 16, value: (r) => r.finished },
    ],
    rows,
  );
}
