import type {
  AgreementForm,
  CommitteeSeat,
  ConfirmationState,
  DisputeAction,
  DisputeKind,
  DisputeSource,
  DisputeState,
  DossierItem,
  FailedRoute,
  FollowUpRating,
  MediatorBackground,
  MediatorKind,
  PartySide,
  RejectReason,
} from './mediation-enums';

/** 来源 labels. */
export const DISPUTE_SOURCE_LABELS: Record<DisputeSource, string> = {
  application: '当事人申请',
  initiative: '主动调解',
  screening: '排查发现',
  police: '警调（公安移交）',
  courtDelegated: '诉前委派',
  courtEntrusted: '诉中委托',
  petition: '访调（信访移交）',
};

/** 纠纷类型 labels. */
export const DISPUTE_KIND_LABELS: Record<DisputeKind, string> = {
  neighbour: '邻里纠纷',
  family: '婚姻家庭',
  property: '物业纠纷',
  labour: '劳动争议',
  consumer: '消费纠纷',
  traffic: '交通事故',
  debt: '债务纠纷',
  tenancy: '房屋租赁',
  damage: '损害赔偿',
  other: '其他纠纷',
};

/** State labels. */
export const DISPUTE_STATE_LABELS: Record<DisputeState, string> = {
  received: '待受理',
  accepted: '已受理',
  rejected: '不予受理',
  mediating: '调解中',
  agreed: '达成协议',
  failed: '调解不成',
  withdrawn: '已撤回',
  performing: '履行中',
  performed: '履行完毕',
  breached: '未履行',
  archived: '已归档',
};

/** Action labels (buttons and the timeline). */
export const DISPUTE_ACTION_LABELS: Record<DisputeAction | 'receive' | 'remind', string> = {
  receive: '登记',
  remind: '期限提醒',
  accept: '受理',
  reject: '不予受理',
  startMediation: '开始调解',
  recordSession: '记录调解',
  extend: '延长调解期限',
  agree: '达成协议',
  fail: '调解不成',
  withdraw: '撤回',
  beginPerformance: '开始履行',
  confirmPerformed: '履行完毕',
  reportBreach: '未履行',
  applyConfirmation: '申请司法确认',
  decideConfirmation: '登记确认结果',
  followUp: '回访',
  archive: '归档',
};

/** 不予受理 reasons. */
export const REJECT_REASON_LABELS: Record<RejectReason, string> = {
  notCivil: '不属于民间纠纷',
  partyRefuses: '一方当事人明确拒绝调解',
  inLitigation: '已进入诉讼、仲裁或行政程序',
  other: '其他原因',
};

/** Agreement forms. */
export const AGREEMENT_FORM_LABELS: Record<AgreementForm, string> = { written: '书面协议', oral: '口头协议' };

/** Routes advised after failure. */
export const FAILED_ROUTE_LABELS: Record<FailedRoute, string> = {
  litigation: '向人民法院起诉',
  arbitration: '申请仲裁',
  administrative: '请求行政机关处理',
  other: '其他途径',
};

/** 司法确认 labels. */
export const CONFIRMATION_STATE_LABELS: Record<ConfirmationState, string> = { none: '未申请', applied: '已申请', confirmed: '已确认', refused: '不予确认' };

/** Party sides. */
export const PARTY_SIDE_LABELS: Record<PartySide, string> = { applicant: '申请人', respondent: '被申请人' };

/** Mediator kinds. */
export const MEDIATOR_KIND_LABELS: Record<MediatorKind, string> = { member: '委员', engaged: '聘任调解员' };

/** Committee seats. */
export const COMMITTEE_SEAT_LABELS: Record<CommitteeSeat, string> = { chair: '主任', deputy: '副主任', member: '委员' };

/** Who a mediator is. */
export const MEDIATOR_BACKGROUND_LABELS: Record<MediatorBackground, string> = {
  communityWorker: '社区工作者',
  retiredCadre: '退休干部',
  lawyer: '律师',
  silverLeader: '银发带头人',
  police: '社区民警',
  gridWorker: '网格员',
  other: '热心居民',
};

/** Follow-up ratings. */
export const FOLLOW_UP_RATING_LABELS: Record<FollowUpRating, string> = { satisfied: '满意', basicallySatisfied: '基本满意', unsatisfied: '不满意' };

/** Dossier checklist labels (rules §4.3). */
export const DOSSIER_ITEM_LABELS: Record<DossierItem, string> = {
  application: '调解申请书或受理登记表',
  rightsNotice: '当事人权利义务告知书',
  identities: '当事人身份证明',
  records: '调解记录',
  agreement: '调解协议书或口头协议登记表',
  receipts: '履行凭证',
  followUp: '回访记录',
};
