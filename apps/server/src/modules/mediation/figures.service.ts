import {
  mediationFigures,
  type AgreementForm,
  type ConfirmationState,
  type DisputeLogEntry,
  type DisputeSource,
  type MediationAreaFiguresResponse,
  type MediationFiguresResponse,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import type { Actor } from '../../platform/auth/actor';
import { notFound } from '../../platform/errors';
import { nodeNamesById, queryNode, queryNodes, requireCommunity } from '../org';
import { isMediationStaff, mediationScope } from './mediation-access';
import { nowOf } from './mediation-clock';
import * as repo from './mediation.repository';

type LogRow = Awaited<ReturnType<typeof repo.figureLog>>[number];

function entryOf(r: LogRow): DisputeLogEntry {
  return {
    source: r.source as DisputeSource,
    receivedAt: r.receivedAt,
    outcome: r.outcome as DisputeLogEntry['outcome'],
    concludedAt: r.concludedAt,
    dueAt: r.dueAt,
    agreementForm: r.agreementForm as AgreementForm | null,
    performanceDueOn: r.performanceDueOn,
    performance: r.performance as DisputeLogEntry['performance'],
    confirmation: r.confirmation as ConfirmationState,
    followedUpAt: r.followedUpAt,
  };
}

/**
 * The mediation figures of a year for the caller's area (or one community in it), and beside them
 * each community's: counts and rates only, computed by the shared formulas from the dispute log.
 */
export async function figuresOf(deps: AppDeps, actor: Actor, q: { year?: number; communityId?: string }): Promise<MediationFiguresResponse> {
  const scope = mediationScope(actor);
  const year = q.year ?? new Date(nowOf(deps).getTime() + 8 * 3_600_000).getUTCFullYear();
  let under: string | undefined;
  if (q.communityId) {
    const community = await requireCommunity(deps.db, q.communityId);
    if (!isMediationStaff(scope, community.path)) notFound('社区');
    under = community.path;
  }
  const [log, rounds] = await Promise.all([repo.figureLog(deps.db, scope, under), repo.screeningLog(deps.db, scope, under)]);
  const period = { from: `${year}-01-01`, to: `${year + 1}-01-01` };
  const byCommunity = new Map<string, LogRow[]>();
  for (const r of log) byCommunity.set(r.communityId, [...(byCommunity.get(r.communityId) ?? []), r]);
  const names = await nodeNamesById(deps.db, [...byCommunity.keys()]);
  // A committee's rows and rounds share its community's path.
  const communities = [...byCommunity.entries()]
    .map(([communityId, rows]) => ({
      communityId,
      path: rows[0].path,
      communityName: names.get(communityId) ?? '',
      figures: mediationFigures(
        rows.map(entryOf),
        rounds.filter((s) => s.path === rows[0].path),
        period,
      ),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map(({ path: _path, ...c }) => c);
  return { year, total: mediationFigures(log.map(entryOf), rounds, period), communities };
}

/** The child areas the dashboard drills into: a district's streets, a street's communities (disputes sit on communities). */
const CHILD_KIND: Partial<Record<string, string>> = { district: 'street', street: 'community' };

/**
 * The figures of one area over [from, to) and of each child area, for the command-centre dashboard:
 * the dispute log under the area, split by the children's paths, each part through the same shared
 * formulas as the figures page. An area outside the caller's mediation scope is a 404.
 */
export async function areaFiguresOf(deps: AppDeps, actor: Actor, q: { nodeId: string; from: string; to: string }): Promise<MediationAreaFiguresResponse> {
  const scope = mediationScope(actor);
  const node = await queryNode(deps.db, { id: q.nodeId });
  if (!node || !isMediationStaff(scope, node.path)) notFound('区域');
  const [log, rounds] = await Promise.all([repo.figureLog(deps.db, scope, node.path), repo.screeningLog(deps.db, scope, node.path)]);
  const period = { from: q.from, to: q.to };
  const childKind = CHILD_KIND[node.kind];
  const children = childKind ? (await queryNodes(deps.db, { parentId: node.id, kinds: [childKind] })).sort((a, b) => a.path.localeCompare(b.path)) : [];
  return {
    node: { id: node.id, name: node.name, kind: node.kind as MediationAreaFiguresResponse['node']['kind'] },
    period,
    total: mediationFigures(log.map(entryOf), rounds, period),
    children: children.map((c) => ({
      nodeId: c.id,
      name: c.name,
      kind: c.kind as MediationAreaFiguresResponse['node']['kind'],
      figures: mediationFigures(
        log.filter((r) => r.path.startsWith(c.path)).map(entryOf),
        rounds.filter((r) => r.path.startsWith(c.path)),
        period,
      ),
    })),
  };
}
