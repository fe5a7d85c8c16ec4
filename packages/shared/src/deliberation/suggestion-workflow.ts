import { allowedActions, decideState, defineWorkflow, type AllowedAction, type StateDecision } from '../workflow';
import { SUGGESTION_STATES, SUGGESTION_STATE_LABELS, type SuggestionAction, type SuggestionOutcome, type SuggestionState } from './deliberation-enums';

/** What the suggestion workflow knows about whoever acts. */
export interface SuggestionActorFacts {
  /** Staff of the suggestion's community (or above). */
  staff: boolean;
  /** The system following the linked case. */
  system: boolean;
}

/** What the suggestion workflow knows about the suggestion. */
export interface SuggestionFacts {
  state: SuggestionState;
  /** A long-term project's progress % (0 for other routes). */
  progress: number;
}

/** Input fields of the suggestion actions. */
export type SuggestionField = 'note' | 'reason' | 'gridId' | 'categoryId' | 'budgetYuan' | 'deadline' | 'milestones';

/** The type parameters of the suggestion workflow. */
export interface SuggestionWorkflowTypes {
  state: SuggestionState;
  action: SuggestionAction;
  facts: SuggestionFacts;
  actor: SuggestionActorFacts;
  field: SuggestionField;
  set: 'open' | 'finished';
}

const staff = (_f: SuggestionFacts, a: SuggestionActorFacts) => a.staff;
const system = (_f: SuggestionFacts, a: SuggestionActorFacts) => a.system;

/**
 * A suggestion 建议 (DOMAIN §5): collected from a meeting, a visit, the H5 page or the message board,
 * then given one outcome; the suggester is told at every step. 定期追踪 opens a linked case and
 * follows it to its close; 长期推进 is a project with budget, deadline and milestones whose weighted
 * progress must reach 100 % to finish; 提交业主大会 waits for the assembly's vote.
 */
export const SUGGESTION_WORKFLOW = /* @__PURE__ */ defineWorkflow<SuggestionWorkflowTypes>({
  name: 'suggestion',
  title: 'A suggestion (建议)',
  states: SUGGESTION_STATES,
  stateLabels: SUGGESTION_STATE_LABELS,
  start: {
    to: ['collected'],
    whoLabel: 'a resident on the H5 page, or staff entering one from a meeting, a visit or the message board',
  },
  sets: { open: ['collected', 'tracking', 'project', 'submitted', 'passed'], finished: ['solved', 'done', 'notAdopted'] },
  actions: {
    solveOnSpot: {
      label: '即办即销',
      from: ['collected'],
      to: 'solved',
      who: staff,
      whoLabel: 'staff',
      required: ['note'],
      note: 'what was done, told to the suggester',
    },
    track: {
      label: '定期追踪',
      from: ['collected'],
      to: 'tracking',
      who: staff,
      whoLabel: 'staff',
      required: [],
      optional: ['gridId', 'categoryId', 'note'],
      note: "opens a case through the cases module in the same transaction (channel 议事会); the suggestion follows the case's close",
    },
    startProject: {
      label: '长期推进',
      from: ['collected'],
      to: 'project',
      who: staff,
      whoLabel: 'staff',
      required: ['budgetYuan', 'deadline', 'milestones'],
      note: 'a project with a budget, a deadline and weighted milestones (Decidim accountability)',
    },
    submitToAssembly: { label: '提交业主大会', from: ['collected'], to: 'submitted', who: staff, whoLabel: 'staff', required: [], optional: ['note'] },
    reject: {
      label: '不予采纳',
      from: ['collected'],
      to: 'notAdopted',
      who: staff,
      whoLabel: 'staff',
      required: ['reason'],
      note: 'the reason is sent to the suggester',
    },
    assemblyPass: { label: '业主大会通过', from: ['submitted'], to: 'passed', who: staff, whoLabel: 'staff', required: [], optional: ['note'] },
    assemblyReject: {
      label: '业主大会未通过',
      from: ['submitted'],
      to: 'notAdopted',
      who: staff,
      whoLabel: 'staff',
      required: ['reason'],
      note: 'the reason is sent to the suggester',
    },
    reportProgress: {
      label: '更新进度',
      from: ['project'],
      to: 'same',
      who: staff,
      whoLabel: 'staff',
      required: ['milestones'],
      note: "the milestones' progress; the project's progress is their weighted mean",
    },
    complete: {
      label: '办结',
      from: ['project', 'passed'],
      to: 'done',
      who: staff,
      whoLabel: 'staff',
      required: [],
      optional: ['note'],
      guard: (f) => (f.state === 'project' && f.progress < 100 ? '项目进度未到100%，不能办结' : null),
      guardText: "a project's progress is 100 %",
    },
    caseClosed: { from: ['tracking'], to: 'done', who: system, whoLabel: 'system (case.closed)', required: [], offered: false },
    caseReopened: { from: ['done'], to: 'tracking', who: system, whoLabel: 'system (case.reopened)', required: [], offered: false },
  },
});

/** The outcome route an action puts a collected suggestion on, or null for the later steps. */
export const OUTCOME_OF_ACTION: Readonly<Partial<Record<SuggestionAction, SuggestionOutcome>>> = {
  solveOnSpot: 'solved',
  track: 'tracked',
  startProject: 'project',
  submitToAssembly: 'assembly',
  reject: 'notAdopted',
};

/** Decides a suggestion action. */
export function decideSuggestionAction(facts: SuggestionFacts, a: SuggestionActorFacts, action: SuggestionAction): StateDecision<SuggestionState> {
  return decideState(SUGGESTION_WORKFLOW, facts, a, action);
}

/** The suggestion actions the caller may take now, with their fields. */
export function allowedSuggestionActions(facts: SuggestionFacts, a: SuggestionActorFacts): AllowedAction<SuggestionAction, SuggestionField>[] {
  return allowedActions(SUGGESTION_WORKFLOW, facts, a);
}
