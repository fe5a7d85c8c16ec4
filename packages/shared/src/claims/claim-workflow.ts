import { allowedActions, decide, decideState, defineWorkflow, type ActionRule, type AllowedAction, type Decision, type StateDecision } from '../workflow';
import {
  CLAIM_STATE_LABELS,
  CLAIM_ACTION_LABELS,
  MEMBER_REGISTRATION_ACTION_LABELS,
  MEMBER_REGISTRATION_STATE_LABELS,
  NEED_STATE_LABELS,
  WISH_ACTION_LABELS,
  WISH_STATE_LABELS,
} from './claims-labels';
import {
  CLAIM_STATES,
  CLAIMABLE_NEED_STATES,
  LIVE_CLAIM_STATES,
  LIVE_REGISTRATION_STATES,
  MEMBER_REGISTRATION_STATES,
  NEED_STATES,
  PUBLIC_WISH_STATES,
  WISH_STATES,
  type ClaimAction,
  type ClaimState,
  type MemberRegistrationAction,
  type MemberRegistrationState,
  type NeedAction,
  type NeedState,
  type WishAction,
  type WishState,
} from './claims-enums';

export type { Refusal, RefusalCode } from '../workflow';

/** Input fields an action needs; the UI renders exactly these. */
export type ClaimActionField = 'note' | 'reason' | 'photos' | 'rating';

/** One action the actor may take now, with the fields it needs. */
export type AllowedClaimAction<A extends string> = AllowedAction<A, ClaimActionField>;

// ---------------------------------------------------------------- claims

/** What the claim workflow needs to know about the actor relative to one claim. */
export interface ClaimActorFacts {
  /** Community staff (or above) whose area covers the claimed item. */
  staff: boolean;
  /** The party member, or the liaison of the unit, holding the claim. */
  isClaimant: boolean;
  /** The person the item is for (a wisher), who confirms and rates. */
  isRequester: boolean;
  /** The system itself (scheduled expiry). */
  system: boolean;
}

/** The type parameters of the claim workflow. */
export interface ClaimWorkflowTypes {
  state: ClaimState;
  action: ClaimAction;
  facts: { state: ClaimState };
  actor: ClaimActorFacts;
  field: ClaimActionField;
  set: 'live';
}

/** The lifecycle of one claim 认领 (DESIGN rule 2; DOMAIN §3 "居民评单"). */
export const CLAIM_WORKFLOW = /* @__PURE__ */ defineWorkflow<ClaimWorkflowTypes>({
  name: 'claim',
  title: 'A claim (认领)',
  states: CLAIM_STATES,
  start: { to: ['claimed'], whoLabel: 'claiming a need (its liaison) or a wish (a party member)', note: 'one live claim per item (`claims_live_item_uq`)' },
  stateLabels: CLAIM_STATE_LABELS,
  sets: { live: LIVE_CLAIM_STATES },
  actions: {
    start: {
      label: CLAIM_ACTION_LABELS.start,
      from: ['claimed'],
      to: 'inProgress',
      who: (_f, a) => a.isClaimant,
      whoLabel: 'claimant',
      required: [],
      optional: ['note'],
    },
    // Small jobs are often done in one go, so a claim may be completed without a separate start.
    complete: {
      label: CLAIM_ACTION_LABELS.complete,
      from: ['claimed', 'inProgress'],
      to: 'done',
      who: (_f, a) => a.isClaimant,
      whoLabel: 'claimant',
      required: ['note'],
      optional: ['photos'],
      note: 'a small job may be completed without a start',
    },
    confirm: {
      label: CLAIM_ACTION_LABELS.confirm,
      from: ['done'],
      to: 'confirmed',
      who: (_f, a) => a.staff || a.isRequester,
      whoLabel: 'staff or requester',
      required: ['rating'],
      optional: ['note'],
      note: 'rating 1–5; credits points to the claimant (`wishConfirmed` 10, `needConfirmed` 20 by default)',
    },
    sendBack: {
      label: CLAIM_ACTION_LABELS.sendBack,
      from: ['done'],
      to: 'inProgress',
      who: (_f, a) => a.staff || a.isRequester,
      whoLabel: 'staff or requester',
      required: ['reason'],
    },
    release: {
      label: CLAIM_ACTION_LABELS.release,
      from: ['claimed', 'inProgress'],
      to: 'released',
      who: (_f, a) => a.isClaimant || a.staff,
      whoLabel: 'claimant or staff',
      required: [],
      optional: ['reason'],
      note: 'the item reopens',
    },
    expire: {
      label: CLAIM_ACTION_LABELS.expire,
      from: ['claimed'],
      to: 'expired',
      who: (_f, a) => a.system,
      whoLabel: 'system (claims sweep)',
      required: [],
      offered: false,
      note: '`claims-sweep` job (every minute, at most 200 a tick): a claim not started within `claimStartDays` (default 3) expires and the item reopens',
    },
  },
});

/** The claim transition table, action by action (CLAIM_WORKFLOW.actions). */
export const CLAIM_RULES: Readonly<Record<ClaimAction, ActionRule<ClaimWorkflowTypes>>> = CLAIM_WORKFLOW.actions;

/** The outcome of deciding one claim action. */
export type ClaimDecision = StateDecision<ClaimState>;

/** Decides whether the actor may take `action` on a claim in `state`, and the state that follows. */
export function decideClaimAction(state: ClaimState, a: ClaimActorFacts, action: ClaimAction): ClaimDecision {
  return decideState(CLAIM_WORKFLOW, { state }, a, action);
}

/** Every claim action the actor may take now (the UI shows exactly these; never the system's expiry). */
export function allowedClaimActions(state: ClaimState, a: ClaimActorFacts): AllowedClaimAction<ClaimAction>[] {
  return allowedActions(CLAIM_WORKFLOW, { state }, a);
}

/** The need state that follows a claim entering `claimState` (needs move only with their claim). */
export const NEED_STATE_FOR_CLAIM: Record<ClaimState, NeedState> = {
  claimed: 'claimed',
  inProgress: 'claimed',
  done: 'claimed',
  confirmed: 'done',
  released: 'open',
  expired: 'open',
};

/** The wish state that follows its claim expiring (or being released): published again for others to claim. */
export const WISH_STATE_FOR_ENDED_CLAIM: WishState = 'published';

/** The system as the claim workflow sees it: it may only expire. */
export const SYSTEM_CLAIM_ACTOR: ClaimActorFacts = { staff: false, isClaimant: false, isRequester: false, system: true };

// ---------------------------------------------------------------- needs

/** What the need-claim decision needs to know about the actor. */
export interface NeedClaimActorFacts {
  /** Liaison of a partner unit registered with the need's community. */
  registeredLiaison: boolean;
}

/** What the referral rule needs to know about the actor: a street officer over the need. */
export interface NeedReferralActorFacts {
  streetOfficer: boolean;
}

/** What the need workflow knows about whoever acts: each action reads its own fact. */
export type NeedActorFacts = Partial<NeedClaimActorFacts & NeedReferralActorFacts & { system: boolean }>;

/** What the need workflow knows about the need: its state and, when its claim just moved, the claim's new state. */
export interface NeedFacts {
  state: NeedState;
  claimState?: ClaimState;
}

/** The type parameters of the need workflow. */
export interface NeedWorkflowTypes {
  state: NeedState;
  action: NeedAction;
  facts: NeedFacts;
  actor: NeedActorFacts;
  field: ClaimActionField;
  set: 'claimable';
}

/** The lifecycle of a need 需求 on the needs list; once claimed, it follows its claim (`followClaim`, NEED_STATE_FOR_CLAIM). */
export const NEED_WORKFLOW = /* @__PURE__ */ defineWorkflow<NeedWorkflowTypes>({
  name: 'need',
  title: 'A need (需求)',
  states: NEED_STATES,
  start: { to: ['open'], whoLabel: 'staff, from a resident, a visit or a meeting' },
  stateLabels: NEED_STATE_LABELS,
  sets: { claimable: CLAIMABLE_NEED_STATES },
  actions: {
    claim: {
      label: '认领',
      from: ['open'],
      to: 'claimed',
      who: (_f, a) => a.registeredLiaison === true,
      whoLabel: 'a liaison of a partner unit registered with the need’s community',
      required: [],
      optional: ['note'],
      // A referred need belongs to the department the joint meeting handed it to.
      takenIn: ['claimed', 'done', 'referred'],
      note: '`POST /api/needs/:id/claim`; creates the claim, which the need then follows',
    },
    refer: {
      label: '交办部门',
      from: ['open'],
      to: 'referred',
      who: (_f, a) => a.streetOfficer === true,
      whoLabel: 'street officer over the need (joint meeting 联席会)',
      required: [],
      optional: ['note'],
      // Already handed to a department: refusing says so rather than "wrong state".
      takenIn: ['referred'],
      note: '`POST /api/joint-meeting/needs/:id/refer`; only needs unclaimed for `meetingAfterDays` (default 15) are listed; creates the linked case',
    },
    caseClosed: {
      label: '交办案件已结案',
      from: ['referred'],
      to: 'done',
      who: (_f, a) => a.system === true,
      whoLabel: 'system: the `case.closed` outbox message from cases',
      required: [],
      offered: false,
      note: 'the linked case closed',
    },
    caseReopened: {
      label: '交办案件已重启',
      from: ['done'],
      to: 'referred',
      who: (_f, a) => a.system === true,
      whoLabel: 'system: the `case.reopened` outbox message from cases',
      required: [],
      offered: false,
      note: 'only a referred need whose closed case was reopened',
    },
    followClaim: {
      label: '随认领变化',
      from: ['claimed'],
      to: (f) => (f.claimState ? NEED_STATE_FOR_CLAIM[f.claimState] : 'same'),
      toLabel: '`NEED_STATE_FOR_CLAIM` of the claim’s new state: `done` when confirmed, `open` when released or expired',
      who: (_f, a) => a.system === true,
      whoLabel: 'system: in the transaction of the claim’s own step',
      required: [],
      offered: false,
      note: 'taken only when the claim’s new state changes the need’s (`needFollowsClaim`)',
    },
  },
});

/** Rule for claiming a need: an open need, by a liaison of a unit registered with its community. */
export const NEED_CLAIM_RULE: ActionRule<NeedWorkflowTypes> = NEED_WORKFLOW.actions.claim;

/** Rule for referring a need to a department at the street joint meeting 联席会 (DOMAIN §3). */
export const NEED_REFER_RULE: ActionRule<NeedWorkflowTypes> = NEED_WORKFLOW.actions.refer;

/** Decides an action on a need in `state`. */
export function decideNeedAction(state: NeedState, a: NeedActorFacts, action: NeedAction): StateDecision<NeedState> {
  return decideState(NEED_WORKFLOW, { state }, a, action);
}

/** Decides a claim on a need; a need someone already holds is ITEM_TAKEN. */
export function decideNeedClaim(state: NeedState, a: NeedClaimActorFacts): StateDecision<NeedState> {
  return decideNeedAction(state, a, 'claim');
}

/** The need's state once its claim has moved to `claimState`, or null when the need stays as it is. */
export function needFollowsClaim(state: NeedState, claimState: ClaimState): NeedState | null {
  const to = NEED_STATE_FOR_CLAIM[claimState];
  return to === state ? null : to;
}

/** Decides the need following its claim into `claimState` (the system's step, in the claim's transaction). */
export function decideNeedFollowingClaim(state: NeedState, claimState: ClaimState): StateDecision<NeedState> {
  return decideState(NEED_WORKFLOW, { state, claimState }, { system: true }, 'followClaim');
}

/** Decides a joint-meeting referral of a need; one already referred is ITEM_TAKEN. */
export function decideNeedReferral(state: NeedState, a: NeedReferralActorFacts): StateDecision<NeedState> {
  return decideNeedAction(state, a, 'refer');
}

// ---------------------------------------------------------------- wishes

/** What the wish workflow needs to know about the wish. */
export interface WishFacts {
  state: WishState;
  /** The state of the wish's live claim, if any. */
  claimState: ClaimState | null;
}

/** What the wish workflow needs to know about the actor relative to this wish. */
export interface WishActorFacts {
  /** Community staff (or above) whose area covers the wish. */
  staff: boolean;
  /** The resident the wish is for, when they raised it themselves. */
  isWisher: boolean;
  /** A party member registered with the wish's community. */
  partyMember: boolean;
  /** The member holding the wish's claim. */
  isClaimant: boolean;
  /** The system itself (the claims sweep expiring a claim nobody started). */
  system?: boolean;
}

/** What a wish action does to the wish's claim: creates it, or takes a claim action decided by CLAIM_WORKFLOW too. */
export interface WishEffects {
  claimAction?: ClaimAction;
  createsClaim?: true;
}

/** The type parameters of the wish workflow. */
export interface WishWorkflowTypes {
  state: WishState;
  action: WishAction;
  facts: WishFacts;
  actor: WishActorFacts;
  field: ClaimActionField;
  effects: WishEffects;
  set: 'public';
}

/** The micro-wish lifecycle 微心愿 (DESIGN rule 2; DOMAIN §3); its claim moves in step. */
export const WISH_WORKFLOW = /* @__PURE__ */ defineWorkflow<WishWorkflowTypes>({
  name: 'wish',
  title: 'A micro-wish (微心愿)',
  states: WISH_STATES,
  start: { to: ['pendingReview', 'published'], whoLabel: 'a resident (waits for review), or staff for a resident (published at once)' },
  stateLabels: WISH_STATE_LABELS,
  sets: { public: PUBLIC_WISH_STATES },
  actions: {
    approve: {
      label: WISH_ACTION_LABELS.approve,
      from: ['pendingReview'],
      to: 'published',
      who: (_w, a) => a.staff,
      whoLabel: 'staff',
      required: [],
      optional: ['note'],
    },
    reject: { label: WISH_ACTION_LABELS.reject, from: ['pendingReview'], to: 'rejected', who: (_w, a) => a.staff, whoLabel: 'staff', required: ['reason'] },
    claim: {
      label: WISH_ACTION_LABELS.claim,
      from: ['published'],
      to: 'claimed',
      who: (_w, a) => a.partyMember && !a.isWisher,
      whoLabel: 'party member of the community, not the wisher',
      required: [],
      optional: ['note'],
      takenIn: ['claimed', 'fulfilled', 'confirmed'],
      effects: () => ({ createsClaim: true }),
      note: 'a claim is created',
    },
    start: {
      label: WISH_ACTION_LABELS.start,
      from: ['claimed'],
      to: 'same',
      who: (_w, a) => a.isClaimant,
      whoLabel: 'claimant',
      required: [],
      optional: ['note'],
      effects: () => ({ claimAction: 'start' }),
      note: 'claim: claimed → inProgress',
    },
    release: {
      label: WISH_ACTION_LABELS.release,
      from: ['claimed'],
      to: 'published',
      who: (_w, a) => a.isClaimant || a.staff,
      whoLabel: 'claimant or staff',
      required: [],
      optional: ['reason'],
      effects: () => ({ claimAction: 'release' }),
      note: 'claim → released',
    },
    // "fulfilled with proof": a photo of the delivered wish.
    fulfil: {
      label: WISH_ACTION_LABELS.fulfil,
      from: ['claimed'],
      to: 'fulfilled',
      who: (_w, a) => a.isClaimant,
      whoLabel: 'claimant',
      required: ['photos'],
      optional: ['note'],
      effects: () => ({ claimAction: 'complete' }),
      note: 'claim → done',
    },
    sendBack: {
      label: WISH_ACTION_LABELS.sendBack,
      from: ['fulfilled'],
      to: 'claimed',
      who: (_w, a) => a.staff || a.isWisher,
      whoLabel: 'staff or wisher',
      required: ['reason'],
      effects: () => ({ claimAction: 'sendBack' }),
      note: 'claim: done → inProgress',
    },
    confirm: {
      label: WISH_ACTION_LABELS.confirm,
      from: ['fulfilled'],
      to: 'confirmed',
      who: (_w, a) => a.staff || a.isWisher,
      whoLabel: 'staff or wisher',
      required: ['rating'],
      optional: ['note'],
      effects: () => ({ claimAction: 'confirm' }),
      note: 'claim: done → confirmed, points credited',
    },
    cancel: {
      label: WISH_ACTION_LABELS.cancel,
      from: ['pendingReview', 'published'],
      to: 'cancelled',
      who: (_w, a) => a.staff || a.isWisher,
      whoLabel: 'staff or wisher',
      required: [],
      optional: ['reason'],
    },
    claimExpired: {
      label: WISH_ACTION_LABELS.claimExpired,
      from: ['claimed'],
      to: WISH_STATE_FOR_ENDED_CLAIM,
      who: (_w, a) => a.system === true,
      whoLabel: 'system: the claims sweep, after the claim expired (`claimStartDays` without a start)',
      required: [],
      offered: false,
      note: 'published again for others to claim',
    },
  },
});

/** The wish transition table, action by action (WISH_WORKFLOW.actions). */
export const WISH_RULES: Readonly<Record<WishAction, ActionRule<WishWorkflowTypes>>> = WISH_WORKFLOW.actions;

/** The outcome of a wish action: the wish's next state and, when it moves the claim, the claim's. */
export type WishDecision = { ok: true; to: WishState; claimTo: ClaimState | null } | Exclude<Decision<WishState>, { ok: true }>;

/**
 * Decides a wish action. When the action moves the wish's claim, the claim table must allow it
 * as well (the wisher confirming is the claim's requester).
 */
export function decideWishAction(w: WishFacts, a: WishActorFacts, action: WishAction): WishDecision {
  const d = decide(WISH_WORKFLOW, w, a, action);
  if (!d.ok) return d;
  const { claimAction, createsClaim } = d.effects;
  if (!claimAction) return { ok: true, to: d.to, claimTo: createsClaim ? 'claimed' : null };
  if (!w.claimState) return { ok: false, code: 'CONFLICT', reason: '心愿没有有效的认领' };
  const c = decideClaimAction(w.claimState, { staff: a.staff, isClaimant: a.isClaimant, isRequester: a.isWisher, system: false }, claimAction);
  if (!c.ok) return c;
  return { ok: true, to: d.to, claimTo: c.to };
}

/** Every wish action the actor may take now, with the fields it needs. */
export function allowedWishActions(w: WishFacts, a: WishActorFacts): AllowedClaimAction<WishAction>[] {
  return allowedActions(WISH_WORKFLOW, w, a, undefined, (action) => decideWishAction(w, a, action));
}

/** The system as the wish workflow sees it: it may only end an expired claim. */
export const SYSTEM_WISH_ACTOR: WishActorFacts = { staff: false, isWisher: false, partyMember: false, isClaimant: false, system: true };

/** True when a wish in `state` is visible to everyone in its community (not only staff and wisher). */
export function isPublicWishState(state: WishState): boolean {
  return WISH_WORKFLOW.sets.public.includes(state);
}

// ---------------------------------------------------------------- member registrations

/** What the registration workflow needs to know about the actor. */
export interface RegistrationActorFacts {
  /** Community staff (or above) covering the community registered with. */
  staff: boolean;
}

/** The type parameters of the registration workflow. */
export interface RegistrationWorkflowTypes {
  state: MemberRegistrationState;
  action: MemberRegistrationAction;
  facts: { state: MemberRegistrationState };
  actor: RegistrationActorFacts;
  field: ClaimActionField;
  set: 'live';
}

/** The dual-registration approval table (DOMAIN §4 双报到: request → community approval). */
export const MEMBER_REGISTRATION_WORKFLOW = /* @__PURE__ */ defineWorkflow<RegistrationWorkflowTypes>({
  name: 'member-registration',
  title: 'An in-service member’s registration (在职党员双报到)',
  states: MEMBER_REGISTRATION_STATES,
  start: { to: ['pending'], whoLabel: 'an in-service party member', note: 'one live (pending or approved) registration per member' },
  stateLabels: MEMBER_REGISTRATION_STATE_LABELS,
  sets: { live: LIVE_REGISTRATION_STATES },
  actions: {
    approve: {
      label: MEMBER_REGISTRATION_ACTION_LABELS.approve,
      from: ['pending'],
      to: 'approved',
      who: (_f, a) => a.staff,
      whoLabel: 'staff of the community',
      required: [],
      optional: ['note'],
      note: 'gives the member a `partyMember` post at the community',
    },
    reject: {
      label: MEMBER_REGISTRATION_ACTION_LABELS.reject,
      from: ['pending'],
      to: 'rejected',
      who: (_f, a) => a.staff,
      whoLabel: 'staff of the community',
      required: ['reason'],
    },
  },
});

/** The registration transition table, action by action (MEMBER_REGISTRATION_WORKFLOW.actions). */
export const MEMBER_REGISTRATION_RULES: Readonly<Record<MemberRegistrationAction, ActionRule<RegistrationWorkflowTypes>>> =
  MEMBER_REGISTRATION_WORKFLOW.actions;

/** Decides an approval action on a member registration. */
export function decideRegistrationAction(
  state: MemberRegistrationState,
  a: RegistrationActorFacts,
  action: MemberRegistrationAction,
): StateDecision<MemberRegistrationState> {
  return decideState(MEMBER_REGISTRATION_WORKFLOW, { state }, a, action);
}

/** Every registration action the actor may take now. */
export function allowedRegistrationActions(state: MemberRegistrationState, a: RegistrationActorFacts): AllowedClaimAction<MemberRegistrationAction>[] {
  return allowedActions(MEMBER_REGISTRATION_WORKFLOW, { state }, a);
}
