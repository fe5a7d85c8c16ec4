import { allowedActions, decideState, defineWorkflow, type ActionRule, type AllowedAction, type StateDecision } from '../workflow';
import { confirmationWindowEnd } from './dispute-clock';
import { DOSSIER_ITEM_LABELS, DISPUTE_STATE_LABELS } from './mediation-labels';
import type { AgreementForm, ConfirmationState, DisputeAction, DisputeState, DossierItem } from './mediation-enums';

/** What the dispute workflow knows about one dispute (and, for `extend`, about the consent the request carries). */
export interface DisputeFacts {
  state: DisputeState;
  /** Parties registered (mediation needs both sides). */
  partyCount: number;
  /** The rights notice 权利义务告知书 is in the dossier: the parties were told before mediating. */
  rightsNotified: boolean;
  /** The one extension has been used. */
  extended: boolean;
  /** For `extend`: every party's consent is recorded in the request. */
  consentingAll: boolean;
  agreementForm: AgreementForm | null;
  /** When the agreement took effect (reached). */
  agreedAt: Date | null;
  confirmation: ConfirmationState;
  followedUp: boolean;
  /** Required dossier items still missing for the dispute's state. */
  missingDossier: readonly DossierItem[];
}

/** Who acts, relative to the dispute: a member of the committee that holds it (community staff or a mediator there). */
export interface DisputeActorFacts {
  committee: boolean;
}

/** The input fields of the dispute actions. */
export type DisputeField =
  | 'mediatorIds'
  | 'rejectReason'
  | 'note'
  | 'heldAt'
  | 'place'
  | 'record'
  | 'partyIds'
  | 'extensionDays'
  | 'consentPartyIds'
  | 'reason'
  | 'agreementForm'
  | 'terms'
  | 'performanceDueOn'
  | 'failedRoute'
  | 'court'
  | 'confirmed'
  | 'rating';

/** The type parameters of the dispute workflow. */
export interface DisputeWorkflowTypes {
  state: DisputeState;
  action: DisputeAction;
  facts: DisputeFacts;
  actor: DisputeActorFacts;
  field: DisputeField;
  limit: 'conclude';
  set: 'open' | 'concluded' | 'visitable' | 'archivable';
}

/** One row of the dispute transition table. */
export type DisputeRule = ActionRule<DisputeWorkflowTypes>;

const committee = (_f: DisputeFacts, a: DisputeActorFacts) => a.committee;
const COMMITTEE = 'the committee (community staff or a mediator of the community)';
const VISITABLE: readonly DisputeState[] = ['agreed', 'performing', 'performed', 'breached', 'failed', 'withdrawn'];
const ARCHIVABLE: readonly DisputeState[] = ['performed', 'breached', 'failed', 'withdrawn'];

/**
 * The lifecycle of a dispute 人民调解 (人民调解法; docs/workflows/mediation.md): received → accepted or
 * rejected → mediating (sessions) → agreed / failed / withdrawn → performing → performed / breached,
 * with court confirmation of a written agreement, a follow-up visit for every concluded dispute, and
 * archiving once the dossier is complete. One month to conclude, one extension with all parties' consent.
 */
export const DISPUTE_WORKFLOW = /* @__PURE__ */ defineWorkflow<DisputeWorkflowTypes>({
  name: 'dispute',
  title: 'A dispute (人民调解)',
  states: ['received', 'accepted', 'rejected', 'mediating', 'agreed', 'failed', 'withdrawn', 'performing', 'performed', 'breached', 'archived'],
  stateLabels: DISPUTE_STATE_LABELS,
  start: {
    label: '登记',
    to: ['received'],
    whoLabel: 'the committee: from an application, its own initiative, screening, or a transfer by police, court or petition office; or from a 矛盾纠纷 case',
  },
  limits: { accepted: 'conclude', mediating: 'conclude' },
  limitLabels: { conclude: '调结时限（受理后一个月）' },
  sets: {
    open: ['received', 'accepted', 'mediating'],
    concluded: ['agreed', 'failed', 'withdrawn', 'performing', 'performed', 'breached', 'archived'],
    visitable: VISITABLE,
    archivable: ARCHIVABLE,
  },
  actions: {
    accept: {
      label: '受理',
      from: ['received'],
      to: 'accepted',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['mediatorIds'],
      optional: ['note'],
      note: 'appoints the mediators (art. 19) and starts the one-month clock',
    },
    reject: {
      label: '不予受理',
      from: ['received'],
      to: 'rejected',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['rejectReason'],
      optional: ['note'],
      note: 'not a civil dispute, a party refuses, or already before a court; a linked case is told',
    },
    startMediation: {
      label: '开始调解',
      from: ['accepted'],
      to: 'mediating',
      who: committee,
      whoLabel: COMMITTEE,
      required: [],
      guard: (f) => (f.partyCount < 2 ? '请先登记双方当事人' : f.rightsNotified ? null : '调解前应告知当事人权利义务：请在卷宗中勾选权利义务告知书'),
      guardText: 'both sides registered and the rights notice in the dossier',
    },
    recordSession: {
      label: '记录调解',
      from: ['mediating'],
      to: 'same',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['heldAt', 'record'],
      optional: ['place', 'mediatorIds', 'partyIds'],
      note: 'a session with its record, the mediators and the parties present; ticks 调解记录 in the dossier',
    },
    extend: {
      label: '延长调解期限',
      from: ['accepted', 'mediating'],
      to: 'same',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['extensionDays', 'consentPartyIds', 'reason'],
      guard: (f) => (f.extended ? '调解期限只能延长一次' : f.consentingAll ? null : '延长调解期限须经全部当事人同意'),
      guardText: 'once only, and every party consents (recorded)',
      note: 'moves the deadline by up to 30 days',
    },
    agree: {
      label: '达成协议',
      from: ['mediating'],
      to: 'agreed',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['agreementForm', 'terms'],
      optional: ['performanceDueOn'],
      note: 'written or oral (art. 28); concludes the mediation, ticks the agreement, tells a linked case',
    },
    fail: {
      label: '调解不成',
      from: ['mediating'],
      to: 'failed',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['failedRoute', 'reason'],
      note: 'ends the mediation and records the route advised (art. 26); tells a linked case',
    },
    withdraw: {
      label: '撤回',
      from: ['accepted', 'mediating'],
      to: 'withdrawn',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['reason'],
      note: 'a party withdraws; concludes the mediation; tells a linked case',
    },
    beginPerformance: {
      label: '开始履行',
      from: ['agreed'],
      to: 'performing',
      who: committee,
      whoLabel: COMMITTEE,
      required: [],
      optional: ['note'],
    },
    confirmPerformed: {
      label: '履行完毕',
      from: ['agreed', 'performing'],
      to: 'performed',
      who: committee,
      whoLabel: COMMITTEE,
      required: [],
      optional: ['note'],
      note: 'an agreement performed on the spot goes straight from agreed',
    },
    reportBreach: {
      label: '未履行',
      from: ['performing'],
      to: 'breached',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['reason'],
      note: 'the parties are told they may apply to the court or mediate again',
    },
    applyConfirmation: {
      label: '申请司法确认',
      from: ['agreed', 'performing'],
      to: 'same',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['court'],
      guard: (f, _a, now) => {
        if (f.agreementForm !== 'written') return '只有书面调解协议可以申请司法确认';
        if (f.confirmation !== 'none') return '已申请过司法确认';
        if (f.agreedAt && now.getTime() > confirmationWindowEnd(f.agreedAt).getTime()) return '已超过协议生效后30日的申请期限';
        return null;
      },
      guardText: 'a written agreement, not yet applied, within 30 days of taking effect',
    },
    decideConfirmation: {
      label: '登记确认结果',
      from: ['agreed', 'performing', 'performed', 'breached'],
      to: 'same',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['confirmed'],
      optional: ['note'],
      guard: (f) => (f.confirmation === 'applied' ? null : '尚未申请司法确认或已有结果'),
      guardText: 'an application is pending',
    },
    followUp: {
      label: '回访',
      from: VISITABLE,
      to: 'same',
      who: committee,
      whoLabel: COMMITTEE,
      required: ['rating', 'note'],
      guard: (f) => (f.followedUp ? '已回访' : null),
      guardText: 'not visited yet',
      note: 'performance, satisfaction and remaining risk; ticks 回访记录 in the dossier',
    },
    archive: {
      label: '归档',
      from: ARCHIVABLE,
      to: 'archived',
      who: committee,
      whoLabel: COMMITTEE,
      required: [],
      guard: (f) => (f.missingDossier.length ? `卷宗不完整，缺少：${f.missingDossier.map((i) => DOSSIER_ITEM_LABELS[i]).join('、')}` : null),
      guardText: 'every required dossier item is in (`requiredDossierItems`), the follow-up among them',
    },
  },
});

/** The dispute transition table, action by action. */
export const DISPUTE_RULES: Readonly<Record<DisputeAction, DisputeRule>> = DISPUTE_WORKFLOW.actions;

/** Decides whether the actor may take `action` on a dispute now, and the state that follows. */
export function decideDisputeAction(facts: DisputeFacts, actor: DisputeActorFacts, action: DisputeAction, now: Date = new Date()): StateDecision<DisputeState> {
  return decideState(DISPUTE_WORKFLOW, facts, actor, action, now);
}

/** The actions the actor may take now, with their fields (`extend` is offered while unused: consent is given in its form). */
export function allowedDisputeActions(facts: DisputeFacts, actor: DisputeActorFacts, now: Date = new Date()): AllowedAction<DisputeAction, DisputeField>[] {
  return allowedActions(DISPUTE_WORKFLOW, { ...facts, consentingAll: true }, actor, now);
}

/** True when a dispute in `state` is still before its conclusion (the one-month clock may run). */
export function isOpenDispute(state: DisputeState): boolean {
  return DISPUTE_WORKFLOW.sets.open.includes(state);
}
