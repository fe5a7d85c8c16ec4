import { allowedActions, decideState, defineWorkflow, type StateDecision } from '../workflow';
import { MEETING_STATES, MEETING_STATE_LABELS, UNCLOSED_MEETING_STATES, type MeetingAction, type MeetingState } from './deliberation-enums';

/** What the meeting workflow knows about whoever acts: staff of the meeting's community (or above). */
export interface MeetingActorFacts {
  staff: boolean;
}

/** What the meeting workflow knows about the meeting. */
export interface MeetingFacts {
  state: MeetingState;
  /** The start time has come. */
  started: boolean;
}

/** The type parameters of the meeting workflow. */
export interface MeetingWorkflowTypes {
  state: MeetingState;
  action: MeetingAction;
  facts: MeetingFacts;
  actor: MeetingActorFacts;
  field: 'minutes' | 'attendingOrganizations' | 'attendeesCount' | 'reason' | 'agenda';
  set: 'unclosed';
}

const staff = (_f: MeetingFacts, a: MeetingActorFacts) => a.staff;

/**
 * A meeting 议事会 (DOMAIN §5; Decidim's close form): generated on the calendar by its series' rule or
 * added by hand, held once it has started, closed only with minutes 纪要 and the attending
 * organisations; the convener is reminded 3 and 7 days after the end while it stays unclosed.
 */
export const MEETING_WORKFLOW = /* @__PURE__ */ defineWorkflow<MeetingWorkflowTypes>({
  name: 'meeting',
  title: 'A meeting (议事会)',
  states: MEETING_STATES,
  stateLabels: MEETING_STATE_LABELS,
  start: {
    to: ['scheduled'],
    whoLabel: "the calendar job from the series' rule, or staff of the community",
    note: 'one meeting per series and date (a unique index), so the job may run again',
  },
  sets: { unclosed: UNCLOSED_MEETING_STATES },
  actions: {
    hold: {
      label: '登记召开',
      from: ['scheduled'],
      to: 'held',
      who: staff,
      whoLabel: 'staff of the community',
      required: [],
      guard: (f) => (f.started ? null : '会议尚未开始，不能登记召开'),
      guardText: 'the start time has come',
    },
    close: {
      label: '归档纪要',
      from: ['held'],
      to: 'closed',
      who: staff,
      whoLabel: 'staff of the community',
      required: ['minutes', 'attendingOrganizations', 'attendeesCount'],
      wrongStateReason: '请先登记会议已召开，再归档纪要',
      note: 'minutes and at least one attending organisation are required; refused while one of its votes is open, the votes are frozen with the minutes and the head count covers those they counted present',
    },
    cancel: {
      label: '取消会议',
      from: ['scheduled'],
      to: 'cancelled',
      who: staff,
      whoLabel: 'staff of the community',
      required: ['reason'],
      note: 'registrants are told; a cancelled meeting still counts as missed in held vs required',
    },
    editAgenda: {
      label: '编辑议程',
      from: ['scheduled', 'held'],
      to: 'same',
      who: staff,
      whoLabel: 'staff of the community',
      required: ['agenda'],
    },
  },
});

/** Decides whether the actor may take `action` on a meeting, and the state that follows. */
export function decideMeetingAction(facts: MeetingFacts, a: MeetingActorFacts, action: MeetingAction): StateDecision<MeetingState> {
  return decideState(MEETING_WORKFLOW, facts, a, action);
}

/** The meeting actions the caller may take now. */
export function allowedMeetingActions(facts: MeetingFacts, a: MeetingActorFacts): MeetingAction[] {
  return allowedActions(MEETING_WORKFLOW, facts, a).map((x) => x.action);
}
