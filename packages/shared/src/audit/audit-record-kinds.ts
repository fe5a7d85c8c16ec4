/** What the log calls each kind of record an audit entry points at (its `targetType`); a test fails on a kind the server writes without one. */
export const AUDIT_RECORD_KIND_LABELS = {
  case: '案件',
  category: '案件分类',
  claim: '需求认领',
  claimSetting: '认领设置',
  complex: '小区',
  day: '日期',
  memberRegistration: '党员报到',
  need: '需求',
  node: '区域',
  order: '服务订单',
  partnerUnit: '共建单位',
  pointRule: '积分规则',
  residenceClaim: '住址认证',
  resident: '居民',
  resource: '共建资源',
  reward: '兑换奖品',
  service: '服务项目',
  user: '账号',
  volunteerActivity: '志愿活动',
  volunteerPost: '志愿岗位',
  volunteerRotation: '轮值',
  volunteerSignUp: '活动报名',
  volunteerSkills: '志愿技能',
  volunteerTeam: '志愿队伍',
  meeting: '议事会',
  meetingSeries: '议事会周期',
  meetingRegistration: '议事会报名',
  meetingVote: '议事会表决',
  suggestion: '居民建议',
  wish: '微心愿',
  mediationCommittee: '人民调解委员会',
  dispute: '矛盾纠纷',
} as const satisfies Record<string, string>;

/** One kind of record in the audit log. */
export type AuditRecordKind = keyof typeof AUDIT_RECORD_KIND_LABELS;

/** What the log calls a record kind; an unknown kind shows as itself. */
export function auditRecordKindLabel(kind: string): string {
  return (AUDIT_RECORD_KIND_LABELS as Readonly<Record<string, string>>)[kind] ?? kind;
}
