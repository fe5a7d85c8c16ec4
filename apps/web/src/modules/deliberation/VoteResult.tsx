import { VOTE_CHOICE_LABELS, type VoteTallyView } from '@linli/shared';
import { Space, Tag, Typography } from 'antd';

/** The counts of a vote as one line: 同意 6 · 反对 3 · 弃权 1；到会 12 人，投票 10 人. */
export function tallyLine(t: VoteTallyView): string {
  return `${VOTE_CHOICE_LABELS.yes} ${t.yes} · ${VOTE_CHOICE_LABELS.no} ${t.no} · ${VOTE_CHOICE_LABELS.abstain} ${t.abstain}；到会 ${t.present} 人，投票 ${t.cast} 人`;
}

/** The verdict of a closed vote in words: 通过, 未通过, or 未通过（投票人数不足）. */
export function verdictText(t: VoteTallyView): string {
  return t.passed ? '通过' : t.quorumMet ? '未通过' : '未通过（投票人数不足）';
}

/** A vote's result: the verdict and the quorum as tags, the counts below; `running` for a vote still open. */
export function VoteResult({ tally, running = false }: { tally: VoteTallyView; running?: boolean }) {
  return (
    <Space direction="vertical" size={2}>
      <Space size={4} wrap>
        {running ? <Tag color="processing">表决中·暂计</Tag> : <Tag color={tally.passed ? 'green' : 'red'}>{tally.passed ? '通过' : '未通过'}</Tag>}
        <Tag color={tally.quorumMet ? 'blue' : 'orange'}>{tally.quorumMet ? '达到法定人数' : `未达法定人数（至少 ${tally.quorumNeeded} 人投票）`}</Tag>
      </Space>
      <Typography.Text type="secondary">{tallyLine(tally)}</Typography.Text>
    </Space>
  );
}
