import {
  PUBLIC_WISH_STATES,
  type ClaimAction,
  type ClaimState,
  type MemberRegistrationAction,
  type MemberRegistrationState,
  type NeedState,
  type WishAction,
  type WishState,
} from './claims-enums';

/** Input fields an action needs; the UI renders exactly these. */
export type ClaimActionField = 'note' | 'reason' | 'photos' | 'rating';

/** Why a decision refused: wrong state, wrong person, or the item is already someone else's. */
export type RefusalCode = 'FORBIDDEN' | 'CONFLICT' | 'ITEM_TAKEN';

/** A refusal, with a message for people. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
}

interface Rule<S extends string, A> {
  from: readonly S[];
  /** The target state; `same` keeps it. */
  to: S | 'same';
  who: (a: A) => boolean;
  required: readonly ClaimActionField[];
  optional?: readonly ClaimActionField[];
  /** States in which the item already belongs to someone else: refusing there says so (ITEM_TAKEN). */
  takenIn?: readonly S[];
}

function decide<S extends string, A>(rule: Rule<S, A>, state: S, a: A): { ok: true; to: S } | Refusal {
  if (!rule.from.includes(state)) {
    if (rule.takenIn?.includes(state)) return { ok: false, code: 'ITEM_TAKEN', reason: '已被他人认领' };
    return { ok: false, code: 'CONFLICT', reason: '当前状态下不能执行此操作' };
  }
  if (!rule.who(a)) return { ok: false, code: 'FORBIDDEN', reason: '您不能执行此操作' };
  return { ok: true, to: rule.to === 'same' ? state : rule.to };
}

/** One action the actor may take now, with the fields it needs. */
export interface AllowedClaimAction<A extends string> {
  action: A;
  required: ClaimActionField[];
  optional: ClaimActionField[];
}

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

/** The claim transition table (DESIGN rule 2; DOMAIN §3 "居民评单"). */
export const CLAIM_RULES: Record<ClaimAction, Rule<ClaimState, ClaimActorFacts>> = {
  start: { from: ['claimed'], to: 'inProgress', who: (a) => a.isClaimant, required: [], optional: ['note'] },
  // Small jobs are often done in one go, so a claim may be completed without a separate start.
  complete: { from: ['claimed', 'inProgress'], to: 'done', who: (a) => a.isClaimant, required: ['note'], optional: ['photos'] },
  confirm: { from: ['done'], to: 'confirmed', who: (a) => a.staff || a.isRequester, required: ['rating'], optional: ['note'] },
  sendBack: { from: ['done'], to: 'inProgress', who: (a) => a.staff || a.isRequester, required: ['reason'] },
  release: { from: ['claimed', 'inProgress'], to: 'released', who: (a) => a.isClaimant || a.staff, required: [], optional: ['reason'] },
  expire: { from: ['claimed'], to: 'expired', who: (a) => a.system, required: [] },
};

/** The outcome of deciding one claim action. */
export type ClaimDecision = { ok: true; to: ClaimState } | Refusal;

/** Decides whether the actor may take `action` on a claim in `state`, and the state that follows. */
export function decideClaimAction(state: ClaimState, a: ClaimActorFacts, action: ClaimAction): ClaimDecision {
  return decide(CLAIM_RULES[action], state, a);
}

/** Every claim action the actor may take now (the UI shows exactly these). */
export function allowedClaimActions(state: ClaimState, a: ClaimActorFacts): AllowedClaimAction<ClaimAction>[] {
  return (Object.keys(CLAIM_RULES) as ClaimAction[])
    .filter((action) => action !== 'expire' && decideClaimAction(state, a, action).ok)
    .map((action) => ({ action, required: [...CLAIM_RULES[action].required], optional: [...(CLAIM_RULES[action].optional ?? [])] }));
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

/** What the need-claim decision needs to know about the actor. */
export interface NeedClaimActorFacts {
  /** Liaison of a partner unit registered with the need's community. */
  registeredLiaison: boolean;
}

/** Rule for claiming a need: an open need, by a liaison of a unit registered with its community. */
export const NEED_CLAIM_RULE: Rule<NeedState, NeedClaimActorFacts> = {
  from: ['open'],
  to: 'claimed',
  who: (a) => a.registeredLiaison,
  required: [],
  optional: ['note'],
  // A referred need belongs to the department the joint meeting handed it to.
  takenIn: ['claimed', 'done', 'referred'],
};

/** Decides a claim on a need; a need someone already holds is ITEM_TAKEN. */
export function decideNeedClaim(state: NeedState, a: NeedClaimActorFacts): { ok: true; to: NeedState } | Refusal {
  return decide(NEED_CLAIM_RULE, state, a);
}

/** What the referral rule needs to know about the actor: a street officer over the need. */
export interface NeedReferralActorFacts {
  streetOfficer: boolean;
}

/** Rule for referring a need to a department at the street joint meeting 联席会 (DOMAIN §3). */
export const NEED_REFER_RULE: Rule<NeedState, NeedReferralActorFacts> = {
  from: ['open'],
  to: 'referred',
  who: (a) => a.streetOfficer,
  required: [],
  optional: ['note'],
  // Already handed to a department: refusing says so rather than "wrong state".
  takenIn: ['referred'],
};

/** Decides a joint-meeting referral of a need; one already referred is ITEM_TAKEN. */
export function decideNeedReferral(state: NeedState, a: NeedReferralActorFacts): { ok: true; to: NeedState } | Refusal {
  return decide(NEED_REFER_RULE, state, a);
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
}

interface WishRule extends Rule<WishState, WishActorFacts> {
  /** The claim action this wish action takes on the wish's claim, decided by CLAIM_RULES too. */
  claimAction?: ClaimAction;
}

/** The wish transition table (DESIGN rule 2; DOMAIN §3 micro-wishes). */
export const WISH_RULES: Record<WishAction, WishRule> = {
  approve: { from: ['pendingReview'], to: 'published', who: (a) => a.staff, required: [], optional: ['note'] },
  reject: { from: ['pendingReview'], to: 'rejected', who: (a) => a.staff, required: ['reason'] },
  claim: {
    from: ['published'],
    to: 'claimed',
    who: (a) => a.partyMember && !a.isWisher,
    required: [],
    optional: ['note'],
    takenIn: ['claimed', 'fulfilled', 'confirmed'],
  },
  start: { from: ['claimed'], to: 'same', who: (a) => a.isClaimant, required: [], optional: ['note'], claimAction: 'start' },
  release: { from: ['claimed'], to: 'published', who: (a) => a.isClaimant || a.staff, required: [], optional: ['reason'], claimAction: 'release' },
  // "fulfilled with proof": a photo of the delivered wish.
  fulfil: { from: ['claimed'], to: 'fulfilled', who: (a) => a.isClaimant, required: ['photos'], optional: ['note'], claimAction: 'complete' },
  sendBack: { from: ['fulfilled'], to: 'claimed', who: (a) => a.staff || a.isWisher, required: ['reason'], claimAction: 'sendBack' },
  confirm: { from: ['fulfilled'], to: 'confirmed', who: (a) => a.staff || a.isWisher, required: ['rating'], optional: ['note'], claimAction: 'confirm' },
  cancel: { from: ['pendingReview', 'published'], to: 'cancelled', who: (a) => a.staff || a.isWisher, required: [], optional: ['reason'] },
};

/** The outcome of a wish action: the wish's next state and, when it moves the claim, the claim's. */
export type WishDecision = { ok: true; to: WishState; claimTo: ClaimState | null } | Refusal;

/**
 * Decides a wish action. When the action moves the wish's claim, the claim table must allow it
 * as well (the wisher confirming is the claim's requester).
 */
export function decideWishAction(w: WishFacts, a: WishActorFacts, action: WishAction): WishDecision {
  const rule = WISH_RULES[action];
  const d = decide(rule, w.state, a);
  if (!d.ok) return d;
  if (!rule.claimAction) return { ok: true, to: d.to, claimTo: action === 'claim' ? 'claimed' : null };
  if (!w.claimState) return { ok: false, code: 'CONFLICT', reason: '心愿没有有效的认领' };
  const c = decideClaimAction(w.claimState, { staff: a.staff, isClaimant: a.isClaimant, isRequester: a.isWisher, system: false }, rule.claimAction);
  if (!c.ok) return c;
  return { ok: true, to: d.to, claimTo: c.to };
}

/** Every wish action the actor may take now, with the fields it needs. */
export function allowedWishActions(w: WishFacts, a: WishActorFacts): AllowedClaimAction<WishAction>[] {
  return (Object.keys(WISH_RULES) as WishAction[])
    .filter((action) => decideWishAction(w, a, action).ok)
    .map((action) => ({ action, required: [...WISH_RULES[action].required], optional: [...(WISH_RULES[action].optional ?? [])] }));
}

/** True when a wish in `state` is visible to everyone in its community (not only staff and wisher). */
export function isPublicWishState(state: WishState): boolean {
  return PUBLIC_WISH_STATES.includes(state);
}

// ---------------------------------------------------------------- member registrations

/** What the registration workflow needs to know about the actor. */
export interface RegistrationActorFacts {
  /** Community staff (or above) covering the community registered with. */
  staff: boolean;
}

/** The dual-registration approval table (DOMAIN §4 双报到: request → community approval). */
export const MEMBER_REGISTRATION_RULES: Record<MemberRegistrationAction, Rule<MemberRegistrationState, RegistrationActorFacts>> = {
  approve: { from: ['pending'], to: 'approved', who: (a) => a.staff, required: [], optional: ['note'] },
  reject: { from: ['pending'], to: 'rejected', who: (a) => a.staff, required: ['reason'] },
};

/** Decides an approval action on a member registration. */
export function decideRegistrationAction(
  state: MemberRegistrationState,
  a: RegistrationActorFacts,
  action: MemberRegistrationAction,
): { ok: true; to: MemberRegistrationState } | Refusal {
  return decide(MEMBER_REGISTRATION_RULES[action], state, a);
}

/** Every registration action the actor may take now. */
export function allowedRegistrationActions(state: MemberRegistrationState, a: RegistrationActorFacts): AllowedClaimAction<MemberRegistrationAction>[] {
  return (Object.keys(MEMBER_REGISTRATION_RULES) as MemberRegistrationAction[])
    .filter((action) => decideRegistrationAction(state, a, action).ok)
    .map((action) => ({
      action,
      required: [...MEMBER_REGISTRATION_RULES[action].required],
      optional: [...(MEMBER_REGISTRATION_RULES[action].optional ?? [])],
    }));
}
