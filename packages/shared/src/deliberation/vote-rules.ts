/** The counts a vote is decided on: the three choices and the attendees present. */
export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
  /** Attendees present: checked in (phone votes) or the head count staff keyed in (show of hands). */
  present: number;
}

/** A vote's tally: votes cast, whether the quorum was met, whether the motion passed. */
export interface VoteTally {
  cast: number;
  /** The fewest votes cast that meet the quorum with this many present. */
  quorumNeeded: number;
  quorumMet: boolean;
  passed: boolean;
}

/**
 * The live-vote rule (docs/domain.md §5, stated once here): the quorum is met when votes cast
 * (同意 + 反对 + 弃权) × 100 > present × quorumPercent — with the default 50, more than half of the
 * attendees present voted; nobody present is never a quorum. The motion passes when the quorum is met
 * and 同意 × 2 > votes cast: a simple majority of the votes cast, where an abstention counts as cast
 * but not as 同意.
 */
export function tallyVote(c: VoteCounts, quorumPercent: number): VoteTally {
  const cast = c.yes + c.no + c.abstain;
  const quorumNeeded = Math.floor((c.present * quorumPercent) / 100) + 1;
  const quorumMet = c.present > 0 && cast * 100 > c.present * quorumPercent;
  return { cast, quorumNeeded, quorumMet, passed: quorumMet && c.yes * 2 > cast };
}

/** Why keyed-in show-of-hands counts cannot stand, with the field to name, or null: the three counts together cannot exceed those present. */
export function handsCountProblem(c: VoteCounts, checkedIn: number): { field: keyof VoteCounts; message: string } | null {
  if (c.present < checkedIn) return { field: 'present', message: `到会人数不能少于已签到的${checkedIn}人` };
  if (c.yes + c.no + c.abstain > c.present) return { field: 'yes', message: `同意、反对、弃权合计不能超过到会的${c.present}人` };
  return null;
}
