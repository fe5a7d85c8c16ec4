/**
 * The types a workflow is written over. `state`, `action`, `facts` and `actor` are required;
 * `field` (input fields), `effects` (what an action changes besides the state), `limit` (the
 * time limits states run) and `set` (names of state sets) only where the workflow has them.
 */
export interface WorkflowTypes {
  state: string;
  action: string;
  /** What the workflow knows about the item; `facts.state` is its current state. */
  facts: { state: string };
  /** What the workflow knows about whoever acts, relative to the item. */
  actor: unknown;
  field?: string;
  effects?: object;
  limit?: string;
  set?: string;
  /** What deciding a new item needs to know (it has no state yet), where the workflow decides its start. */
  startFacts?: object;
}

/** The input fields of a workflow (none when it declares none). */
export type FieldOf<T extends WorkflowTypes> = T extends { field: infer F extends string } ? F : never;
/** What an action changes besides the state (an empty object when the workflow declares nothing). */
export type EffectsOf<T extends WorkflowTypes> = T extends { effects: infer E extends object } ? E : Record<string, never>;
/** The time limits a workflow's states run. */
export type LimitOf<T extends WorkflowTypes> = T extends { limit: infer L extends string } ? L : never;
/** What the start of a workflow is decided on (an empty object when it declares nothing). */
export type StartFactsOf<T extends WorkflowTypes> = T extends { startFacts: infer F extends object } ? F : Record<string, never>;
/** The names of a workflow's state sets. */
export type SetOf<T extends WorkflowTypes> = T extends { set: infer N extends string } ? N : never;

/** Why a decision refused: wrong state, wrong person, or the item is already someone else's. */
export type RefusalCode = 'FORBIDDEN' | 'CONFLICT' | 'ITEM_TAKEN';

/** A refusal, with a message for people; the server answers it as the error of the same code. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
}

/** The outcome of deciding one action: the state that follows and its effects, or a refusal. */
export type Decision<S extends string, E = Record<string, never>> = { ok: true; to: S; effects: E } | Refusal;

/** The outcome of deciding one action of a workflow that has no effects: the state that follows, or a refusal. */
export type StateDecision<S extends string> = { ok: true; to: S } | Refusal;

/** One action a caller may take now, with the input fields it needs; the UI renders exactly these. */
export interface AllowedAction<A extends string, F extends string> {
  action: A;
  required: F[];
  optional: F[];
}

/** One row of a transition table: where an action may be taken, by whom, what it needs and what follows. */
export interface ActionRule<T extends WorkflowTypes> {
  /** The Chinese label people see (docs and buttons). */
  label?: string;
  from: readonly T['state'][];
  /** The target state; `same` keeps the state; a function decides from the facts. */
  to: T['state'] | 'same' | ((facts: T['facts'], actor: T['actor'], now: Date) => T['state'] | 'same');
  /** How the docs describe a computed target (required when `to` is a function). */
  toLabel?: string;
  who: (facts: T['facts'], actor: T['actor']) => boolean;
  /** Who `who` lets act, in words (docs). */
  whoLabel: string;
  required: readonly FieldOf<T>[];
  optional?: readonly FieldOf<T>[];
  /** A business reason the action cannot be taken now (a CONFLICT), or null. */
  guard?: (facts: T['facts'], actor: T['actor'], now: Date) => string | null;
  /** What `guard` refuses, in words (required with a guard). */
  guardText?: string;
  effects?: (facts: T['facts']) => EffectsOf<T>;
  /** States in which the item already belongs to someone else: refusing there says so (ITEM_TAKEN). */
  takenIn?: readonly T['state'][];
  /** `false`: never offered as a button (the system takes it, or a scan page does). */
  offered?: false;
  /** The refusal reason in a wrong state, when this action words it its own way. */
  wrongStateReason?: string;
  /** Effects and remarks for the docs, in words. */
  note?: string;
}

/**
 * How an item comes to be. `to`, `whoLabel` and `note` are what the docs print; `who`, `guard` and
 * `pick` make the start a decision like any action (`decideStart`, applied by the server's
 * `applyStart`): who may create one, a business reason not to now, and which start state it takes.
 */
export interface StartRule<T extends WorkflowTypes> {
  label?: string;
  to: readonly T['state'][];
  whoLabel: string;
  note?: string;
  who?: (facts: StartFactsOf<T>, actor: T['actor']) => boolean;
  /** The refusal reason when `who` refuses, when the start words it its own way. */
  wrongPersonReason?: string;
  guard?: (facts: StartFactsOf<T>, actor: T['actor'], now: Date) => string | null;
  /** The start state; required when `to` names more than one. */
  pick?: (facts: StartFactsOf<T>, actor: T['actor'], now: Date) => T['state'];
}

/** What `defineWorkflow` takes: the whole lifecycle of one kind of item. */
export interface WorkflowDefinition<T extends WorkflowTypes> {
  /** Short key (`case`, `wish`); the docs mark their generated section with it. */
  name: string;
  /** The heading of its generated docs section. */
  title: string;
  states: readonly T['state'][];
  /** How an item comes to be, and the states it starts in (it has no from-state, so it is not an action). */
  start?: StartRule<T>;
  stateLabels?: Readonly<Record<T['state'], string>>;
  actions: { readonly [K in T['action']]: ActionRule<T> };
  /** The time limit that runs while an item waits in a state. */
  limits?: Readonly<Partial<Record<T['state'], LimitOf<T>>>>;
  limitLabels?: Readonly<Record<LimitOf<T>, string>>;
  /** Named state sets (open, terminal, public …) for figures, partial indexes and visibility. */
  sets?: { readonly [K in SetOf<T>]: readonly T['state'][] };
  /** Refusal messages; the defaults fit most workflows. */
  refusals?: { wrongState?: string; wrongPerson?: string; taken?: string };
}

/** A checked workflow definition: the data `decide`, `allowedActions` and the docs read. */
export type Workflow<T extends WorkflowTypes> = Readonly<WorkflowDefinition<T>> & {
  readonly refusals: Required<NonNullable<WorkflowDefinition<T>['refusals']>>;
  readonly sets: { readonly [K in SetOf<T>]: readonly T['state'][] };
  readonly limits: Readonly<Partial<Record<T['state'], LimitOf<T>>>>;
};
