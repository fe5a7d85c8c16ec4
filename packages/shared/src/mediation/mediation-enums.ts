/** Where a dispute came from (来源): a party's application, the committee's own initiative, screening 排查, or one of the 三调 transfers. */
export const DISPUTE_SOURCES = ['application', 'initiative', 'screening', 'police', 'courtDelegated', 'courtEntrusted', 'petition'] as const;
/** One of {@link DISPUTE_SOURCES}. */
export type DisputeSource = (typeof DISPUTE_SOURCES)[number];

/** Sources sent by a court (诉调): 委派 before filing, 委托 after. */
export const COURT_SOURCES: readonly DisputeSource[] = ['courtDelegated', 'courtEntrusted'];

/** What a dispute is about (纠纷类型). */
export const DISPUTE_KINDS = ['neighbour', 'family', 'property', 'labour', 'consumer', 'traffic', 'debt', 'tenancy', 'damage', 'other'] as const;
/** One of {@link DISPUTE_KINDS}. */
export type DisputeKind = (typeof DISPUTE_KINDS)[number];

/** The states of a dispute (人民调解法; rules §4.2 state machine). */
export const DISPUTE_STATES = [
  'received',
  'accepted',
  'rejected',
  'mediating',
  'agreed',
  'failed',
  'withdrawn',
  'performing',
  'performed',
  'breached',
  'archived',
] as const;
/** One of {@link DISPUTE_STATES}. */
export type DisputeState = (typeof DISPUTE_STATES)[number];

/** The actions of the dispute workflow. */
export const DISPUTE_ACTIONS = [
  'accept',
  'reject',
  'startMediation',
  'recordSession',
  'extend',
  'agree',
  'fail',
  'withdraw',
  'beginPerformance',
  'confirmPerformed',
  'reportBreach',
  'applyConfirmation',
  'decideConfirmation',
  'followUp',
  'archive',
] as const;
/** One of {@link DISPUTE_ACTIONS}. */
export type DisputeAction = (typeof DISPUTE_ACTIONS)[number];

/** Why a committee does not take a dispute in (rules §4.2: not civil, a party refuses, already in litigation). */
export const REJECT_REASONS = ['notCivil', 'partyRefuses', 'inLitigation', 'other'] as const;
/** One of {@link REJECT_REASONS}. */
export type RejectReason = (typeof REJECT_REASONS)[number];

/** Written agreement 书面协议 or oral agreement 口头协议 the mediator records (art. 28). */
export const AGREEMENT_FORMS = ['written', 'oral'] as const;
/** One of {@link AGREEMENT_FORMS}. */
export type AgreementForm = (typeof AGREEMENT_FORMS)[number];

/** The route advised when mediation fails (art. 26): litigation, arbitration, an administrative route. */
export const FAILED_ROUTES = ['litigation', 'arbitration', 'administrative', 'other'] as const;
/** One of {@link FAILED_ROUTES}. */
export type FailedRoute = (typeof FAILED_ROUTES)[number];

/** Where a written agreement stands with the court (司法确认, art. 33). */
export const CONFIRMATION_STATES = ['none', 'applied', 'confirmed', 'refused'] as const;
/** One of {@link CONFIRMATION_STATES}. */
export type ConfirmationState = (typeof CONFIRMATION_STATES)[number];

/** A party's side in the dispute. */
export const PARTY_SIDES = ['applicant', 'respondent'] as const;
/** One of {@link PARTY_SIDES}. */
export type PartySide = (typeof PARTY_SIDES)[number];

/** A mediator is a committee member 委员 or a person the committee engages 聘任 (arts. 13–14). */
export const MEDIATOR_KINDS = ['member', 'engaged'] as const;
/** One of {@link MEDIATOR_KINDS}. */
export type MediatorKind = (typeof MEDIATOR_KINDS)[number];

/** A member's seat on the committee. */
export const COMMITTEE_SEATS = ['chair', 'deputy', 'member'] as const;
/** One of {@link COMMITTEE_SEATS}. */
export type CommitteeSeat = (typeof COMMITTEE_SEATS)[number];

/** Who an engaged mediator is: a retired cadre, a lawyer, a 银发带头人, a police officer, a grid worker, other. */
export const MEDIATOR_BACKGROUNDS = ['communityWorker', 'retiredCadre', 'lawyer', 'silverLeader', 'police', 'gridWorker', 'other'] as const;
/** One of {@link MEDIATOR_BACKGROUNDS}. */
export type MediatorBackground = (typeof MEDIATOR_BACKGROUNDS)[number];

/** How the parties rate the follow-up visit 回访. */
export const FOLLOW_UP_RATINGS = ['satisfied', 'basicallySatisfied', 'unsatisfied'] as const;
/** One of {@link FOLLOW_UP_RATINGS}. */
export type FollowUpRating = (typeof FOLLOW_UP_RATINGS)[number];

/** The dossier 卷宗 checklist (rules §4.3): what must be in the file before it is archived. */
export const DOSSIER_ITEMS = ['application', 'rightsNotice', 'identities', 'records', 'agreement', 'receipts', 'followUp'] as const;
/** One of {@link DOSSIER_ITEMS}. */
export type DossierItem = (typeof DOSSIER_ITEMS)[number];

/** Dossier items the server ticks itself when the step happens (a session recorded, an agreement reached, a visit made). */
export const AUTO_DOSSIER_ITEMS: readonly DossierItem[] = ['records', 'agreement', 'followUp'];

/** The case category whose cases may open a dispute in one step (cases' category seed G01). */
export const DISPUTE_CASE_CATEGORY = '矛盾纠纷';
