import {
  DELIBERATION_STAFF_ROLES,
  chinaDateOf,
  suggestionFunnel,
  suggestionSolvedRate,
  type Compliance,
  type DeliberationAreaFigures,
  type DeliberationAreaFiguresResponse,
  type SuggestionOutcome,
  type SuggestionState,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireRole, type Actor } from '../../platform/auth/actor';
import { notFound } from '../../platform/errors';
import { queryNode, queryNodes } from '../org';
import { deliberationScope, isStaffFor, nowOf } from './deliberation-access';
import { funnelRows, listSeries } from './deliberation.repository';
import { seriesCompliance } from './reports.service';

type NodeKind = DeliberationAreaFiguresResponse['node']['kind'];

/** The child areas the dashboard drills into: a district's streets, a street's communities (meetings and suggestions sit on communities). */
const CHILD_KIND: Partial<Record<string, string>> = { district: 'street', street: 'community' };

const DAY = 86_400_000;

/**
 * The deliberation figures of one area over the local days [from, to) and of each child area, for the
 * command-centre dashboard: held vs required of every standing series under the area (the same
 * `complianceOf` as 议事统计, up to today), and the funnel of the suggestions collected in the period
 * (`suggestionFunnel`, `suggestionSolvedRate`). Counts only; an area outside the caller's staff area is a 404.
 */
export async function deliberationAreaFigures(
  deps: AppDeps,
  actor: Actor,
  q: { nodeId: string; from: string; to: string },
): Promise<DeliberationAreaFiguresResponse> {
  requireRole(actor, DELIBERATION_STAFF_ROLES);
  const scope = deliberationScope(actor);
  const node = await queryNode(deps.db, { id: q.nodeId });
  if (!node || !isStaffFor(scope, node.path)) notFound('区域');
  const now = nowOf(deps);
  const today = chinaDateOf(now);
  const lastDay = chinaDateOf(new Date(Date.parse(`${q.to}T00:00:00+08:00`) - DAY));
  const until = lastDay < today ? lastDay : today;

  const series = (await listSeries(deps.db, scope)).filter((s) => s.path.startsWith(node.path));
  const compliance = await seriesCompliance(deps, series, q.from, until, now);
  const suggestions = await funnelRows(deps.db, scope, node.path, new Date(`${q.from}T00:00:00+08:00`), new Date(`${q.to}T00:00:00+08:00`));

  const figuresUnder = (path: string): DeliberationAreaFigures => {
    const held = compliance.filter((_, i) => series[i].path.startsWith(path));
    const funnel = suggestionFunnel(
      suggestions.filter((r) => r.path.startsWith(path)).map((r) => ({ state: r.state as SuggestionState, outcome: r.outcome as SuggestionOutcome | null })),
    );
    const sum = (key: keyof Pick<Compliance, 'required' | 'held' | 'unclosed'>) => held.reduce((n, c) => n + c[key], 0);
    return {
      meetings: { required: sum('required'), held: sum('held'), unclosed: sum('unclosed') },
      suggestions: {
        collected: funnel.collected,
        submitted: funnel.submitted,
        passed: funnel.passed,
        done: funnel.done,
        finished: funnel.finished,
        solvedRate: suggestionSolvedRate(funnel),
      },
    };
  };

  const childKind = CHILD_KIND[node.kind];
  const children = childKind ? (await queryNodes(deps.db, { parentId: node.id, kinds: [childKind] })).sort((a, b) => a.path.localeCompare(b.path)) : [];
  return {
    node: { id: node.id, name: node.name, kind: node.kind as NodeKind },
    period: { from: q.from, to: q.to },
    total: figuresUnder(node.path),
    children: children.map((c) => ({ nodeId: c.id, name: c.name, kind: c.kind as NodeKind, figures: figuresUnder(c.path) })),
  };
}
