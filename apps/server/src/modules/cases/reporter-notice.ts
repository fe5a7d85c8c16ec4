import { isFollowedUpCaseState, type CaseAction, type CaseActionInput, type CaseState, type CaseTier } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import type { DbOrTx } from '../../platform/db/database';
import { findOrgNode } from '../org';

/** What the notice to a case's reporter may say about one step. */
export interface ReporterNoticeFacts {
  action: CaseAction;
  from: CaseState;
  to: CaseState;
  /** The reason given with a return or rejection: the resident is told why. */
  reason: string | null;
  /** The department a street whistle sent the case to. */
  departmentName: string | null;
  /** The tier an escalation reached. */
  toTier: CaseTier | null;
  /** The case this one was merged into. */
  primaryCaseNo: string | null;
}

const TIER_WORDS: Record<CaseTier, string> = { grid: '网格', community: '社区', street: '街道' };

/**
 * What happened to a resident's case, in the words a resident understands (已受理 / 已派给城管局处理 / 已办结，请评价),
 * with the reason for a return or rejection; null for steps that change nothing a resident waits for (urging,
 * "me too", extensions, a co-department's report).
 */
export function reporterNoticeOf(f: ReporterNoticeFacts): string | null {
  const why = f.reason ? `：${f.reason}` : '';
  switch (f.action) {
    case 'accept':
      return '已受理，网格员将尽快到现场核实';
    case 'verify':
      return '网格员已到现场核实';
    case 'register':
      return '已立案，正在安排处理';
    case 'reject':
      return `未予受理${why}`;
    case 'escalate':
      return f.toTier ? `已上报${TIER_WORDS[f.toTier]}协调处理` : '已上报上级协调处理';
    case 'dispatch':
      return '已派人处理';
    case 'whistle':
      return `已派给${f.departmentName ?? '职能部门'}处理`;
    case 'acknowledge':
      return f.to === f.from ? null : '处理单位已接单，正在处理';
    case 'return':
      return `处理单位退回，正在重新安排${why}`;
    case 'handle':
      return '已处理完毕，等待核查';
    case 'pass':
      return '已办结，请您评价';
    case 'fail':
      return isFollowedUpCaseState(f.from) ? '根据回访意见，已要求重新整改' : '核查未通过，已要求重新整改';
    case 'visit':
      return '已回访';
    case 'close':
      return '已结案，感谢您的反映';
    case 'reopen':
      return '已重新启动办理';
    case 'merge':
      return f.primaryCaseNo ? `已与案件 ${f.primaryCaseNo} 合并处理` : '已与同类问题合并处理';
    case 'urge':
    case 'support':
    case 'requestExtension':
    case 'decideExtension':
      return null;
  }
}

/** Gathers the facts of one step for {@link reporterNoticeOf}: the whistled department's name is looked up (cached). */
export async function reporterFacts(
  deps: Pick<AppDeps, 'db' | 'listen'>,
  db: DbOrTx,
  row: { state: string },
  input: CaseActionInput,
  to: CaseState,
  eventData: Record<string, unknown> | undefined,
): Promise<ReporterNoticeFacts> {
  const departmentId = typeof eventData?.leadDepartmentId === 'string' ? eventData.leadDepartmentId : null;
  const department = departmentId ? await findOrgNode(deps, db, { id: departmentId }) : undefined;
  return {
    action: input.action,
    from: row.state as CaseState,
    to,
    reason: input.reason ?? null,
    departmentName: department?.name ?? null,
    toTier: (eventData?.toTier as CaseTier | undefined) ?? null,
    primaryCaseNo: typeof eventData?.primaryCaseNo === 'string' ? eventData.primaryCaseNo : null,
  };
}
