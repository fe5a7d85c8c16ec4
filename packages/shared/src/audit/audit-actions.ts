import { CASE_ACTIONS } from '../cases/case-enums';
import { CLAIM_ACTION_LABELS, MEMBER_REGISTRATION_ACTION_LABELS, WISH_ACTION_LABELS } from '../claims/claims-labels';
import { ORDER_ACTION_LABELS } from '../claims/service-order-workflow';
import { CASE_ACTION_LABELS } from '../glossary/zh-CN';
import { DISPUTE_ACTIONS } from '../mediation/mediation-enums';
import { DISPUTE_ACTION_LABELS } from '../mediation/mediation-labels';
import { MEETING_ACTION_LABELS, SUGGESTION_ACTION_LABELS } from '../deliberation/deliberation-enums';
import { VOTE_ACTION_LABELS } from '../deliberation/vote-enums';

/** Audit codes written with a fixed name, and what the log calls each (a test fails on a code the server writes without one). */
const FIXED_ACTION_LABELS = {
  'audit.export': '导出审计日志',
  'auth.login': '登录',
  'exports.download': '下载导出文件',
  'auth.login.failed': '登录失败',
  'auth.login.refused': '登录被拒（账号锁定中）',
  'auth.account.locked': '账号被锁定',
  'auth.logout': '退出登录',
  'auth.password.changed': '修改密码',
  'auth.password.bound': '设置登录密码',
  'auth.otp.sent': '发送短信验证码',
  'auth.otp.refused': '拒发短信验证码',
  'auth.residenceClaim.create': '提交住址认证',
  'auth.residenceClaim.approve': '通过住址认证',
  'auth.residenceClaim.reject': '驳回住址认证',
  'auth.resident.bound': '居民账号关联台账',
  'auth.resident.registered': '居民注册账号',
  'calendar.override.set': '设置调休日',
  'calendar.override.delete': '删除调休日',
  'cases.create': '登记案件',
  'cases.export': '导出案件',
  'cases.category.update': '修改案件分类',
  'cases.openFromJointMeeting': '联席会议转办案件',
  'cases.stats.export': '导出指挥中心统计',
  'cases.reveal.reporterPhone': '查看反映人完整电话',
  'cases.reveal.refused': '查看反映人电话被拒（超出次数）',
  'claimSettings.update': '修改认领设置',
  'hotline.assign': '指定帮包',
  'hotline.unassign': '取消帮包',
  'hotline.import': '导入12345工单',
  'hotline.topComplexes.export': '导出投诉小区排名',
  'memberRegistrations.request': '党员报到申请',
  'needs.create': '发布需求',
  'needs.claim': '认领需求',
  'needs.refer': '需求转为案件',
  'orders.create': '预约服务',
  'partnerUnits.create': '新增共建单位',
  'partnerUnits.register': '共建单位报到',
  'partnerUnits.setLiaison': '设置共建单位联络人',
  'points.redeem': '积分兑换',
  'points.reward.create': '新增兑换奖品',
  'points.rule.update': '修改积分规则',
  'posts.create': '添加岗位',
  'posts.delete': '移除岗位',
  'residents.export': '导出居民信息',
  'residents.import': '导入居民台账',
  'residents.reveal.refused': '查看完整信息被拒（超出次数）',
  'resources.create': '新增共建资源',
  'services.create': '新增服务项目',
  'users.create': '新建账号',
  'users.update': '修改账号',
  'volunteers.activity.create': '发布志愿活动',
  'volunteers.checkIn': '志愿活动签到',
  'volunteers.checkOut': '志愿活动签退',
  'volunteers.post.create': '发布志愿岗位',
  'volunteers.post.claim': '认领志愿岗位',
  'volunteers.post.release': '放弃志愿岗位',
  'volunteers.rotation.create': '新建轮值',
  'volunteers.rotation.roster': '排定轮值',
  'volunteers.signUp': '报名志愿活动',
  'volunteers.signUp.cancel': '取消活动报名',
  'volunteers.skills.set': '填写志愿技能',
  'volunteers.team.create': '新建志愿队伍',
  'volunteers.team.addMember': '添加队员',
  'volunteers.team.removeMember': '移除队员',
  'wishes.create': '发布微心愿',
  'mediation.committee.create': '设立人民调解委员会',
  'mediation.mediator.add': '添加调解员',
  'mediation.screening.create': '登记矛盾纠纷排查',
  'mediation.dispute.create': '登记矛盾纠纷',
  'mediation.dispute.fromCase': '案件转人民调解',
  'mediation.party.add': '登记纠纷当事人',
  'mediation.party.update': '修改纠纷当事人',
  'mediation.party.remove': '删除纠纷当事人',
  'mediation.dispute.apply': '居民申请调解',
  'mediation.dossier.set': '更新调解卷宗',
  'mediation.document.print': '打印调解文书',
  'mediation.reveal.refused': '查看当事人完整信息被拒（超出次数）',
  'mediation.disputes.export': '导出矛盾纠纷台账',
  'deliberation.series.create': '设立议事会周期',
  'deliberation.meeting.create': '新建议事会',
  'deliberation.register': '报名议事会',
  'deliberation.registration.leave': '取消议事会报名',
  'deliberation.checkIn': '议事会签到',
  'deliberation.meetings.export': '导出议事会',
  'deliberation.suggestion.create': '登记居民建议',
  'deliberation.suggestions.export': '导出居民建议',
  'deliberation.funnel.export': '导出建议办理漏斗',
  'deliberation.vote.create': '发起议事会表决',
  'deliberation.ballot.cast': '议事会手机投票',
} as const satisfies Record<string, string>;

/** `<prefix>.<action>` → `<noun>·<label>` for every action of a workflow. */
function family<P extends string, A extends string>(prefix: P, noun: string, labels: Readonly<Record<A, string>>, actions?: readonly A[]) {
  const keys = actions ?? (Object.keys(labels) as A[]);
  // Object.fromEntries loses the key type; the keys are exactly `${P}.${A}` by construction.
  return Object.fromEntries(keys.map((a) => [`${prefix}.${a}`, `${noun}·${labels[a]}`])) as Record<`${P}.${A}`, string>;
}

/**
 * Audit codes written as `<prefix>.${action}` for a workflow's actions (cases, wishes…): the log
 * names them from the workflow's own action labels, so a new action is labelled where it is defined.
 */
const FAMILY_ACTION_LABELS = {
  ...family('cases', '案件', CASE_ACTION_LABELS, CASE_ACTIONS),
  ...family('wishes', '微心愿', WISH_ACTION_LABELS),
  ...family('orders', '服务订单', ORDER_ACTION_LABELS),
  ...family('claims', '需求认领', CLAIM_ACTION_LABELS),
  ...family('memberRegistrations', '党员报到', MEMBER_REGISTRATION_ACTION_LABELS),
  ...family('residents.reveal', '查看完整信息', { phone: '手机号', idNumber: '身份证号' }),
  ...family('disputes', '人民调解', DISPUTE_ACTION_LABELS, DISPUTE_ACTIONS),
  ...family('mediation.reveal', '查看当事人完整信息', { phone: '手机号', idNumber: '身份证号' }),
  ...family('deliberation.meeting', '议事会', MEETING_ACTION_LABELS),
  ...family('deliberation.suggestion', '居民建议', SUGGESTION_ACTION_LABELS),
  ...family('deliberation.vote', '议事会表决', VOTE_ACTION_LABELS),
};

/** The prefixes whose codes the server builds from a workflow action (`cases.${action}`), for the test that scans the server's audit writes. */
export const AUDIT_ACTION_FAMILIES: readonly string[] = [
  'cases',
  'wishes',
  'orders',
  'claims',
  'memberRegistrations',
  'residents.reveal',
  'disputes',
  'mediation.reveal',
  'deliberation.meeting',
  'deliberation.suggestion',
  'deliberation.vote',
];

/** Every audit code the server writes, with what the log shows for it. */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = { ...FIXED_ACTION_LABELS, ...FAMILY_ACTION_LABELS };

/** One audit code the server writes. */
export type AuditAction = keyof typeof FIXED_ACTION_LABELS | keyof typeof FAMILY_ACTION_LABELS;

/** What the log shows for an audit code; a code no longer written (kept in old rows) shows as itself. */
export function auditActionLabel(code: string): string {
  return (AUDIT_ACTION_LABELS as Readonly<Record<string, string>>)[code] ?? code;
}
