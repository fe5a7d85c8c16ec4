import type { Role } from '../auth/roles';
import type { ResidenceClaimState } from '../auth/residence-claims';
import type { GridType, NodeKind, PartyOrgKind } from '../org/kinds';
import type { Gender, Relation, SpecialTag } from '../residents/special-tags';
import type { CaseAction, CaseChannel, CaseState, CaseTier, LimitClock, LimitKind, Satisfaction } from '../cases/case-enums';

/** Chinese label of each role, as users see it (DOMAIN glossary pairing). */
export const ROLE_LABELS: Record<Role, string> = {
  systemAdmin: '系统管理员',
  districtOfficer: '区级管理员',
  streetOfficer: '街道工作人员',
  communityStaff: '社区工作人员',
  gridWorker: '网格员',
  buildingLead: '楼长',
  departmentStaff: '职能部门人员',
  partnerLiaison: '共建单位联络员',
  partyMember: '党员/志愿者',
  propertyStaff: '物业人员',
  mediator: '调解员',
  resident: '居民',
};

/** Chinese label of each node kind. */
export const NODE_KIND_LABELS: Record<NodeKind, string> = {
  district: '区县',
  street: '街道/镇',
  community: '社区',
  grid: '网格',
  microGrid: '微网格',
  building: '楼栋',
  unit: '单元',
  house: '房屋',
  department: '职能部门',
};

/** Chinese label of each grid type. */
export const GRID_TYPE_LABELS: Record<GridType, string> = { community: '社区网格', special: '专属网格', health: '健康网格' };

/** Chinese label of each party organisation kind. */
export const PARTY_ORG_KIND_LABELS: Record<PartyOrgKind, string> = {
  districtCommittee: '区委组织部',
  workingCommittee: '街道党工委',
  communityCommittee: '社区党委',
  branch: '网格党支部',
  group: '楼栋党小组',
  centralHousehold: '党员中心户',
};

/** Chinese label of each special-population tag. */
export const SPECIAL_TAG_LABELS: Record<SpecialTag, string> = {
  subsistence: '低保',
  extremePoverty: '特困',
  disabled: '残疾',
  elderlyAlone: '独居老人',
  emptyNest: '空巢老人',
  leftBehindChild: '留守儿童',
  leftBehindWoman: '留守妇女',
  veteran: '退役军人',
};

/** Chinese label of each gender. */
export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

/** Chinese label of each relation to the household head. */
export const RELATION_LABELS: Record<Relation, string> = {
  head: '户主',
  spouse: '配偶',
  child: '子女',
  parent: '父母',
  grandchild: '孙子女',
  sibling: '兄弟姐妹',
  other: '其他',
};

/** Chinese label of each import row status. */
export const IMPORT_STATUS_LABELS = { created: '新增', updated: '更新', unchanged: '无变化', rejected: '未导入' } as const;

/** Reverse lookup: the key whose label is `label`, or undefined. Used when reading Excel ledgers. */
export function keyForLabel<K extends string>(labels: Record<K, string>, label: string): K | undefined {
  const hit = (Object.entries(labels) as [K, string][]).find(([, v]) => v === label.trim());
  return hit?.[0];
}

/** Chinese label of each case state (workflows/cases.md). */
export const CASE_STATE_LABELS: Record<CaseState, string> = {
  submitted: '待受理',
  accepted: '待核实',
  verified: '待立案',
  registered: '待派遣',
  dispatched: '待签收',
  handling: '处置中',
  handled: '待核查',
  checked: '待回访',
  visited: '待结案',
  closed: '已结案',
  rejected: '不予受理',
  merged: '已合并',
};

/** Chinese label of each case action. */
export const CASE_ACTION_LABELS: Record<CaseAction | 'submit' | 'mediation', string> = {
  mediation: '人民调解',
  submit: '上报',
  accept: '受理',
  reject: '不予受理',
  verify: '核实',
  register: '立案',
  dispatch: '派遣',
  escalate: '上报上级',
  whistle: '吹哨',
  acknowledge: '签收报到',
  return: '回退',
  requestExtension: '申请延期',
  decideExtension: '审批延期',
  urge: '督办',
  handle: '办结',
  pass: '核查通过',
  fail: '核查不通过',
  visit: '回访',
  close: '结案',
  reopen: '重启',
  merge: '合并',
  support: '我也遇到',
};

/** Chinese label of each tier. */
export const CASE_TIER_LABELS: Record<CaseTier, string> = { grid: '网格', community: '社区', street: '街道' };

/** Chinese label of each channel. */
export const CASE_CHANNEL_LABELS: Record<CaseChannel, string> = {
  residentApp: '居民上报',
  photo: '随手拍',
  patrol: '网格巡查',
  visit: '入户走访',
  hotline: '12345热线',
  officeHours: '书记有约',
  meeting: '议事会',
  messageBoard: '留言板',
  mobileWorker: '流动网格员',
};

/** Chinese label of each satisfaction answer. */
export const SATISFACTION_LABELS: Record<Satisfaction, string> = { satisfied: '满意', basicallySatisfied: '基本满意', unsatisfied: '不满意' };

/** Chinese label of each limit clock. */
export const LIMIT_CLOCK_LABELS: Record<LimitClock, string> = {
  urgentHours: '紧急小时',
  workingHours: '工作小时',
  workingDays: '工作日',
  calendarDays: '自然日',
};

/** Chinese label of each limit kind. */
export const LIMIT_KIND_LABELS: Record<LimitKind, string> = {
  accept: '受理时限',
  verify: '核实时限',
  handling: '处置时限',
  report: '报到时限',
  check: '核查时限',
  visit: '回访时限',
};

/** What `redactText` puts in place of each kind of personal data it finds in free text. */
export const REDACTION_LABELS = { phone: '[电话已隐去]', idNumber: '[证件号已隐去]', bankCard: '[卡号已隐去]', name: '[姓名已隐去]' } as const;

/** How a case's reporter and non-staff actors are named to neighbours (DESIGN rule 5). */
export const PUBLIC_ACTOR_LABELS = { resident: '居民', anonymousResident: '匿名居民' } as const;

/** Why a password is refused (auth/password-policy.ts); shown under the field as the user types. */
export const PASSWORD_POLICY_MESSAGES = {
  tooShort: '密码至少10位',
  common: '密码过于常见，容易被猜中，请换一个',
  containsUsername: '密码不能包含用户名',
} as const;

/** Chinese label of each residence claim state 住址认证. */
export const RESIDENCE_CLAIM_STATE_LABELS: Record<ResidenceClaimState, string> = { pending: '待审核', approved: '已通过', rejected: '未通过' };
