import { allowedActions, decideState, defineWorkflow, type StateDecision } from '../workflow';
import {
  LIVE_MEETING_REGISTRATION_STATES,
  REGISTRATION_STATES,
  REGISTRATION_STATE_LABELS,
  SEATED_REGISTRATION_STATES,
  type RegistrationAction,
  type RegistrationState,
} from './deliberation-enums';

/** What the registration workflow knows about whoever acts, relative to one registration. */
export interface MeetingRegistrationActorFacts {
  isSelf: boolean;
  staff: boolean;
  system: boolean;
}

/** The type parameters of the registration workflow. */
export interface MeetingRegistrationWorkflowTypes {
  state: RegistrationState;
  action: RegistrationAction;
  facts: { state: RegistrationState };
  actor: MeetingRegistrationActorFacts;
  field: 'code';
  set: 'seated' | 'live';
}

/**
 * A registration 报名 for a meeting (Decidim's Registration): a seat — general or reserved for the
 * registrant's role — or the waiting list; leaving frees the seat and the oldest waiting who fits
 * is promoted in the same transaction; check-in by the registration code (staff) or the station QR.
 */
export const REGISTRATION_WORKFLOW = /* @__PURE__ */ defineWorkflow<MeetingRegistrationWorkflowTypes>({
  name: 'meeting-registration',
  title: 'A meeting registration (议事会报名)',
  states: REGISTRATION_STATES,
  stateLabels: REGISTRATION_STATE_LABELS,
  start: {
    to: ['registered', 'waitlisted'],
    whoLabel: "a resident, party member, building lead or partner liaison of the meeting's community",
    note: 'a seat reserved for one of their roles, else a general seat, else the waiting list (`seatFor`); under the meeting row lock; refused once it has started',
  },
  sets: { seated: SEATED_REGISTRATION_STATES, live: LIVE_MEETING_REGISTRATION_STATES },
  actions: {
    leave: {
      label: '取消报名',
      from: ['registered', 'waitlisted'],
      to: 'left',
      who: (_f, a) => a.isSelf || a.staff,
      whoLabel: 'the registrant or staff',
      required: [],
      note: 'a freed seat goes to the oldest waiting registrant it fits, in the same transaction, and so on while seats remain',
    },
    promote: {
      from: ['waitlisted'],
      to: 'registered',
      who: (_f, a) => a.system,
      whoLabel: 'system',
      required: [],
      offered: false,
      note: 'only inside a leave, oldest first',
    },
    checkIn: {
      label: '签到',
      from: ['registered'],
      to: 'attended',
      who: (_f, a) => a.staff || a.isSelf,
      whoLabel: 'staff entering the code, or the registrant scanning the station QR',
      required: [],
      offered: false,
      wrongStateReason: '只有已报名（非候补）的人可以签到',
    },
  },
});

/** Decides a registration action. */
export function decideMeetingRegistrationAction(
  state: RegistrationState,
  a: MeetingRegistrationActorFacts,
  action: RegistrationAction,
): StateDecision<RegistrationState> {
  return decideState(REGISTRATION_WORKFLOW, { state }, a, action);
}

/** The registration actions a person may take now (check-in is left to the code and scan pages). */
export function allowedMeetingRegistrationActions(state: RegistrationState, a: MeetingRegistrationActorFacts): RegistrationAction[] {
  return allowedActions(REGISTRATION_WORKFLOW, { state }, a).map((x) => x.action);
}
