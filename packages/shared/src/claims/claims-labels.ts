import type {
  ClaimAction,
  ClaimState,
  MemberRegistrationAction,
  MemberRegistrationState,
  NeedDomain,
  NeedKind,
  NeedSource,
  NeedState,
  PartnerUnitKind,
  PointRuleKey,
  ResourceKind,
  WishAction,
  WishState,
} from './claims-enums';

/** 认领状态 (DOMAIN §3). */
export const CLAIM_STATE_LABELS: Record<ClaimState, string> = {
  claimed: '已认领',
  inProgress: '办理中',
  done: '已完成',
  confirmed: '已确认',
  released: '已放弃',
  expired: '已过期',
};

/** 认领操作. */
export const CLAIM_ACTION_LABELS: Record<ClaimAction, string> = {
  start: '开始办理',
  complete: '提交完成',
  confirm: '确认评价',
  sendBack: '退回重办',
  release: '放弃认领',
  expire: '超时失效',
};

/** 微心愿状态. */
export const WISH_STATE_LABELS: Record<WishState, string> = {
  pendingReview: '待审核',
  published: '待认领',
  claimed: '已认领',
  fulfilled: '已圆梦',
  confirmed: '已确认',
  rejected: '未通过',
  cancelled: '已撤销',
};

/** 微心愿操作. */
export const WISH_ACTION_LABELS: Record<WishAction, string> = {
  approve: '审核发布',
  reject: '驳回',
  claim: '认领',
  start: '开始办理',
  release: '放弃认领',
  fulfil: '圆梦上传',
  sendBack: '退回',
  confirm: '确认评价',
  cancel: '撤销',
  claimExpired: '认领超时失效',
};

/** 需求状态. */
export const NEED_STATE_LABELS: Record<NeedState, string> = { open: '待认领', claimed: '已认领', done: '已完成', closed: '已关闭', referred: '已交办部门' };

/** 需求类型. */
export const NEED_KIND_LABELS: Record<NeedKind, string> = { need: '群众需求', project: '民生项目' };

/** 需求领域. */
export const NEED_DOMAIN_LABELS: Record<NeedDomain, string> = {
  facilityRepair: '设施维修',
  greening: '绿化环境',
  elderlyCare: '养老服务',
  childCare: '托育服务',
  culture: '文化活动',
  employment: '就业服务',
  safety: '平安建设',
  other: '其他',
};

/** 需求来源. */
export const NEED_SOURCE_LABELS: Record<NeedSource, string> = { resident: '居民点单', visit: '走访收集', meeting: '议事会' };

/** 共建单位类型. */
export const PARTNER_UNIT_KIND_LABELS: Record<PartnerUnitKind, string> = {
  government: '机关单位',
  enterprise: '企业',
  institution: '事业单位',
  socialOrganisation: '社会组织',
  propertyCompany: '物业企业',
  twoNew: '两新组织',
};

/** 资源类型. */
export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  room: '场地',
  funds: '资金',
  professionalService: '专业服务',
  volunteers: '志愿者',
  goods: '物资',
};

/** 在职党员报到状态. */
export const MEMBER_REGISTRATION_STATE_LABELS: Record<MemberRegistrationState, string> = { pending: '待审核', approved: '已报到', rejected: '未通过' };

/** 报到审核操作. */
export const MEMBER_REGISTRATION_ACTION_LABELS: Record<MemberRegistrationAction, string> = { approve: '同意报到', reject: '不同意' };

/** 积分规则. */
export const POINT_RULE_LABELS: Record<PointRuleKey, string> = {
  wishConfirmed: '完成微心愿（经确认）',
  needConfirmed: '完成需求认领（经确认）',
  serviceHour: '志愿服务每小时',
};
