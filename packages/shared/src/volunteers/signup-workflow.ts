import { PLACE_HOLDING_STATES, type SignUpAction, type SignUpState } from './volunteer-enums';

/** What the sign-up workflow needs to know about the actor relative to one sign-up. */
export interface SignUpActorFacts {
  /** The member who signed up. */
  isSelf: boolean;
  /** Community staff (or above) whose area covers the activity. */
  staff: boolean;
  /** The system itself (waitlist promotion in the cancelling transaction). */
  system: boolean;
}

/** One row of the sign-up transition table. */
export interface SignUpRule {
  from: readonly SignUpState[];
  to: SignUpState;
  who: (a: SignUpActorFacts) => boolean;
}

/**
 * The sign-up transition table (DESIGN rule 2; DOMAIN §4): cancel frees a place, the system
 * promotes the first on the waitlist, check-in and check-out come from the member scanning the
 * station's QR code.
 */
export const SIGNUP_RULES: Record<SignUpAction, SignUpRule> = {
  cancel: { from: ['signedUp', 'waitlisted'], to: 'cancelled', who: (a) => a.isSelf || a.staff },
  promote: { from: ['waitlisted'], to: 'signedUp', who: (a) => a.system },
  checkIn: { from: ['signedUp'], to: 'checkedIn', who: (a) => a.isSelf },
  checkOut: { from: ['checkedIn'], to: 'completed', who: (a) => a.isSelf },
};

/** Why a sign-up decision refused. */
export interface SignUpRefusal {
  ok: false;
  code: 'FORBIDDEN' | 'CONFLICT';
  reason: string;
}

const WRONG_STATE_REASON: Record<SignUpAction, string> = {
  cancel: '当前报名状态不能取消',
  promote: '只有候补报名可以递补',
  checkIn: '只有已报名（非候补）的志愿者可以签到',
  checkOut: '请先签到再签退',
};

/** Decides whether the actor may take `action` on a sign-up in `state`, and the state that follows. */
export function decideSignUpAction(state: SignUpState, a: SignUpActorFacts, action: SignUpAction): { ok: true; to: SignUpState } | SignUpRefusal {
  const rule = SIGNUP_RULES[action];
  if (!rule.from.includes(state)) return { ok: false, code: 'CONFLICT', reason: WRONG_STATE_REASON[action] };
  if (!rule.who(a)) return { ok: false, code: 'FORBIDDEN', reason: '您不能执行此操作' };
  return { ok: true, to: rule.to };
}

/** The actions a person (not the system) may take now; QR-only actions are left to the scan page. */
export function allowedSignUpActions(state: SignUpState, a: SignUpActorFacts): SignUpAction[] {
  return (['cancel'] as const).filter((action) => decideSignUpAction(state, a, action).ok);
}

/** True when a sign-up in `state` holds one of the activity's places. */
export function holdsPlace(state: SignUpState): boolean {
  return PLACE_HOLDING_STATES.includes(state);
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
