import { and, asc, eq, inArray } from 'drizzle-orm';
import { ATTENDED_REGISTRATION_STATES, MEETING_WORKFLOW, VOTE_CHOICES, VOTE_WORKFLOW, tallyVote, type VoteChoice, type VoteCounts } from '@linli/shared';
import type { Tx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { meetingEvents, meetingRegistrations, meetings } from '../deliberation.tables';
import { meetingBallots, meetingVotes } from '../votes.tables';

const MINUTE = 60_000;

/** The demo's motions: each a show of hands (shares of those present for 同意/反对/弃权) or a phone vote of the checked-in. */
const MOTIONS: readonly { motion: string; hands?: [number, number, number] }[] = [
  { motion: '同意使用小区公共收益更换3号楼单元门禁', hands: [0.7, 0.1, 0.05] },
  { motion: '同意将每月15日定为楼道集中清扫日' },
  { motion: '同意在小区东侧空地增设电动车充电棚', hands: [0.55, 0.2, 0.1] },
  { motion: '同意物业停车管理费上调至每月80元', hands: [0.25, 0.45, 0.1] },
  { motion: '同意在中心广场设置老年助餐点', hands: [0.3, 0.05, 0.05] },
  { motion: '同意推选王秀兰为2号楼楼长' },
];

/**
 * Gives every second held 联席会 and 红色议事会 of the demo a closed vote or two, consistent with its
 * attendance: a show of hands counted against the meeting's head count, or a phone vote by those who
 * checked in (one ballot each). The result is the rule's (`tallyVote`), some pass, one fails, one
 * lacks a quorum. Runs inside the deliberation demo's transaction, after the meetings are settled.
 */
export async function generateDemoVotes(tx: Tx, communityPath: string): Promise<number> {
  const held = await tx
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.path, communityPath),
        inArray(meetings.kind, ['jointMeeting', 'redCouncil']),
        inArray(meetings.state, [MEETING_WORKFLOW.actions.close.to, MEETING_WORKFLOW.actions.hold.to] as string[]),
      ),
    )
    .orderBy(asc(meetings.startsAt));
  let written = 0;
  for (const [i, m] of held.entries()) {
    if (i % 2) continue;
    const attended = await tx
      .select({ userId: meetingRegistrations.userId })
      .from(meetingRegistrations)
      .where(and(eq(meetingRegistrations.meetingId, m.id), inArray(meetingRegistrations.state, [...ATTENDED_REGISTRATION_STATES])))
      .orderBy(asc(meetingRegistrations.queueNo));
    const present = Math.max(m.attendeesCount ?? 0, attended.length);
    if (present < 2) continue;
    const picks = [MOTIONS[(i / 2) % MOTIONS.length], ...(i % 4 === 0 ? [MOTIONS[(i / 2 + 3) % MOTIONS.length]] : [])];
    for (const [k, pick] of picks.entries()) {
      const phone = !pick.hands;
      if (phone && attended.length < 2) continue;
      const openedAt = new Date(m.startsAt.getTime() + (30 + 20 * k) * MINUTE);
      const closedAt = new Date(openedAt.getTime() + 10 * MINUTE);
      const choices: VoteChoice[] = phone ? attended.map((_, n) => (n === attended.length - 1 && n > 1 ? 'abstain' : 'yes')) : [];
      const counts: VoteCounts = pick.hands
        ? { yes: Math.round(present * pick.hands[0]), no: Math.round(present * pick.hands[1]), abstain: Math.round(present * pick.hands[2]), present }
        : {
            ...(Object.fromEntries(VOTE_CHOICES.map((c) => [c, choices.filter((x) => x === c).length])) as Record<VoteChoice, number>),
            present: attended.length,
          };
      const tally = tallyVote(counts, 50);
      const id = newId(openedAt);
      await tx.insert(meetingVotes).values({
        id,
        meetingId: m.id,
        path: m.path,
        motion: pick.motion,
        method: phone ? 'phone' : 'hands',
        quorumPercent: 50,
        state: VOTE_WORKFLOW.actions.close.to as string,
        version: phone ? 3 : 4,
        ...counts,
        quorumMet: tally.quorumMet,
        passed: tally.passed,
        createdBy: m.convenerUserId ?? attended[0]?.userId ?? id,
        createdAt: new Date(m.startsAt.getTime() - 2 * 86_400_000),
        openedAt,
        closedAt,
      });
      if (phone)
        await tx.insert(meetingBallots).values(
          attended.map((a, n) => ({
            id: newId(openedAt),
            voteId: id,
            userId: a.userId,
            path: m.path,
            choice: choices[n],
            castAt: openedAt,
            changedAt: openedAt,
          })),
        );
      const verdict = tally.passed ? '通过' : tally.quorumMet ? '未通过' : '未通过（投票人数不足）';
      const event = (action: string, at: Date, note: string) =>
        ({ id: newId(at), meetingId: m.id, action, actorUserId: m.convenerUserId, actorName: '社区工作人员', note, at }) as const;
      await tx
        .insert(meetingEvents)
        .values([
          event('voteOpen', openedAt, pick.motion),
          event('voteClose', closedAt, `${pick.motion}——${verdict}：到会${counts.present}人，同意${counts.yes}、反对${counts.no}、弃权${counts.abstain}`),
        ]);
      written += 1;
    }
  }
  return written;
}
