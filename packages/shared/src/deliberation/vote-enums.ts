/** How a live vote 表决 is taken: hands counted and keyed in by staff, or attendees voting on their phones. */
export const VOTE_METHODS = ['hands', 'phone'] as const;
/** A vote method. */
export type VoteMethod = (typeof VOTE_METHODS)[number];

/** Chinese names of the vote methods. */
export const VOTE_METHOD_LABELS: Readonly<Record<VoteMethod, string>> = { hands: '举手表决', phone: '手机投票' };

/** States of a live vote: prepared, open for ballots (or hands), closed with its result. */
export const VOTE_STATES = ['draft', 'open', 'closed'] as const;
/** A vote state. */
export type VoteState = (typeof VOTE_STATES)[number];

/** Chinese names of the vote states. */
export const VOTE_STATE_LABELS: Readonly<Record<VoteState, string>> = { draft: '待表决', open: '表决中', closed: '已结束' };

/** Actions on a vote: open it, key in the counted hands (show of hands only), close it. */
export const VOTE_ACTIONS = ['open', 'keyIn', 'close'] as const;
/** A vote action. */
export type VoteAction = (typeof VOTE_ACTIONS)[number];

/** Chinese names of the vote actions (buttons, the meeting's history, the audit log). */
export const VOTE_ACTION_LABELS: Readonly<Record<VoteAction, string>> = { open: '开始表决', keyIn: '录入举手结果', close: '结束表决' };

/** A ballot's choice. */
export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const;
/** One of {@link VOTE_CHOICES}. */
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** Chinese names of the choices. */
export const VOTE_CHOICE_LABELS: Readonly<Record<VoteChoice, string>> = { yes: '同意', no: '反对', abstain: '弃权' };

/** The default quorum: votes cast must be more than this percent of the present attendees (more than half). */
export const DEFAULT_QUORUM_PERCENT = 50;
