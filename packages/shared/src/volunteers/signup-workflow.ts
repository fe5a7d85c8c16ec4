import { allowedActions, decideStart, decideState, defineWorkflow, type ActionRule, type Refusal, type StateDecision } from '../workflow';
import { LIVE_SIGNUP_STATES, PLACE_HOLDING_STATES, SIGNUP_STATES, type SignUpAction, type SignUpState } from './volunteer-enums';

/** What the sign-up workflow needs to know about the actor relative to one sign-up. */
export interface SignUpActorFacts {
  /** The member who signed up. */
  isSelf: boolean;
  /** Community staff (or above) whose area covers the activity. */
  staff: boolean;
  /** The system itself (waitlist promotion in the cancelling transaction). */
  system: boolean;
  /** A party member registered with the activity's community (who may sign up). */
  partyMember?: boolean;
}

/** What a new sign-up is decided on: the activity and the member's place in it. */
export interface SignUpStartFacts {
  startsAt: Date;
  /** The member already holds a live sign-up for the activity. */
  alreadySignedUp: boolean;
  /** Places taken (sign-ups holding one) and the activity's capacity. */
  placesTaken: number;
  capacity: number;
}

/** The type parameters of the sign-up workflow. */
export interface SignUpWorkflowTypes {
  state: SignUpState;
  action: SignUpAction;
  facts: { state: SignUpState };
  actor: SignUpActorFacts;
  set: 'holdsPlace' | 'live';
  startFacts: SignUpStartFacts;
}

/** One row of the sign-up transition table. */
export type SignUpRule = ActionRule<SignUpWorkflowTypes>;

/**
 * The sign-up lifecycle (DESIGN rule 2; DOMAIN §4): cancel frees a place, the system promotes the
 * first on the waitlist, check-in and check-out come from the member scanning the station's QR code.
 */
export const SIGNUP_WORKFLOW = /* @__PURE__ */ defineWorkflow<SignUpWorkflowTypes>({
  name: 'signup',
  title: 'A sign-up (报名)',
  states: SIGNUP_STATES,
  start: {
    to: ['signedUp', 'waitlisted'],
    whoLabel: "a party member of the activity's community",
    note: 'a place while places taken < capacity, else the waitlist (`placeForNewSignUp`); refused once the activity has started or when the member already signed up',
    who: (_f, a) => a.partyMember === true,
    wrongPersonReason: '只有在本社区报到的党员可以报名',
    guard: (f, _a, now) => (hasActivityStarted(f.startsAt, now) ? '活动已开始，报名已截止' : f.alreadySignedUp ? '您已报名该活动' : null),
    pick: (f) => placeForNewSignUp(f.placesTaken, f.capacity),
  },
  sets: { holdsPlace: PLACE_HOLDING_STATES, live: LIVE_SIGNUP_STATES },
  actions: {
    cancel: {
      from: ['signedUp', 'waitlisted'],
      to: 'cancelled',
      who: (_f, a) => a.isSelf || a.staff,
      whoLabel: 'the member or staff',
      required: [],
      wrongStateReason: '当前报名状态不能取消',
      note: 'refused once the activity has started; when the sign-up held a place, the first on the waitlist is promoted in the same transaction and told',
    },
    promote: {
      from: ['waitlisted'],
      to: 'signedUp',
      who: (_f, a) => a.system,
      whoLabel: 'system',
      required: [],
      offered: false,
      wrongStateReason: '只有候补报名可以递补',
      note: 'only inside a cancellation, in queue order',
    },
    checkIn: {
      from: ['signedUp'],
      to: 'checkedIn',
      who: (_f, a) => a.isSelf,
      whoLabel: 'the member, by scanning',
      required: [],
      offered: false,
      wrongStateReason: '只有已报名（非候补）的志愿者可以签到',
      note: 'from 60 minutes before the start until the end; waitlisted members cannot check in',
    },
    checkOut: {
      from: ['checkedIn'],
      to: 'completed',
      who: (_f, a) => a.isSelf,
      whoLabel: 'the member, by scanning',
      required: [],
      offered: false,
      wrongStateReason: '请先签到再签退',
      note: 'credits check-out minus check-in, capped at the activity’s length, never negative (`creditedMinutes`)',
    },
  },
});

/** The sign-up transition table, action by action (SIGNUP_WORKFLOW.actions). */
export const SIGNUP_RULES: Readonly<Record<SignUpAction, SignUpRule>> = SIGNUP_WORKFLOW.actions;

/** Why a sign-up decision refused. */
export type SignUpRefusal = Refusal;

/** Decides whether the actor may take `action` on a sign-up in `state`, and the state that follows. */
export function decideSignUpAction(state: SignUpState, a: SignUpActorFacts, action: SignUpAction): StateDecision<SignUpState> {
  return decideState(SIGNUP_WORKFLOW, { state }, a, action);
}

/** Decides a new sign-up by a member (`partyMember` of the activity's community) and the state it starts in. */
export function decideSignUpStart(facts: SignUpStartFacts, a: SignUpActorFacts, now: Date): StateDecision<SignUpState> {
  return decideStart(SIGNUP_WORKFLOW, facts, a, now);
}

/** The actions a person (not the system) may take now; QR-only actions are left to the scan page. */
export function allowedSignUpActions(state: SignUpState, a: SignUpActorFacts): SignUpAction[] {
  return allowedActions(SIGNUP_WORKFLOW, { state }, a).map((allowed) => allowed.action);
}

/** True when a sign-up in `state` holds one of the activity's places. */
export function holdsPlace(state: SignUpState): boolean {
  return SIGNUP_WORKFLOW.sets.holdsPlace.includes(state);
}

/** Whether sign-ups and cancellations are closed for an activity starting at `startsAt`: once it has started (DOMAIN §4). */
export function hasActivityStarted(startsAt: Date, now: Date): boolean {
  return now >= startsAt;
}

/** Where a new sign-up lands: a place while `taken < capacity`, else the waitlist 候补. */
export function placeForNewSignUp(taken: number, capacity: number): Extract<SignUpState, 'signedUp' | 'waitlisted'> {
  return taken < capacity ? 'signedUp' : 'waitlisted';
}

/**
 * Minutes of service credited for one attendance: check-out minus check-in, capped at the
 * activity's length (DOMAIN §4 hours), never negative.
 */
export function creditedMinutes(checkInAt: Date, checkOutAt: Date, startsAt: Date, endsAt: Date): number {
  const attended = Math.floor((checkOutAt.getTime() - checkInAt.getTime()) / 60_000);
  const length = Math.floor((endsAt.getTime() - startsAt.getTime()) / 60_000);
  return Math.max(0, Math.min(attended, length));
}

/** Whole service hours in `minutes`: the serviceHour points rule pays per full hour. */
export function wholeHours(minutes: number): number {
  return Math.floor(minutes / 60);
}
