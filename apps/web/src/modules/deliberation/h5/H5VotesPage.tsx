import { VOTE_CHOICES, VOTE_CHOICE_LABELS, VOTE_METHOD_LABELS, type VoteChoice, type VoteView } from '@linli/shared';
import { App, Button, Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { errorMessage } from '../../../api/api-error';
import { H5Page } from '../../../h5/H5Page';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { tallyLine, verdictText } from '../VoteResult';
import { useCastBallot, useClosedVotes, useOpenVotes } from '../vote-queries';

const CHOICE_COLORS: Readonly<Record<VoteChoice, string>> = { yes: '#389e0d', no: '#cf1322', abstain: '#8c8c8c' };

function Ballot({ v }: { v: VoteView }) {
  const cast = useCastBallot();
  const { message } = App.useApp();
  if (v.method === 'hands') return <Typography.Text type="secondary">本项为现场举手表决，请在会场举手。</Typography.Text>;
  if (!v.canVote) return <Typography.Text type="secondary">签到后才能投票。请先到会场扫码签到。</Typography.Text>;
  return (
    <>
      <Flex gap={8}>
        {VOTE_CHOICES.map((c) => {
          const mine = v.myChoice === c;
          return (
            <Button
              key={c}
              size="large"
              block
              aria-pressed={mine}
              loading={cast.isPending && cast.variables?.choice === c}
              style={{
                height: 56,
                fontSize: 18,
                ...(mine ? { background: CHOICE_COLORS[c], borderColor: CHOICE_COLORS[c], color: '#fff' } : { color: CHOICE_COLORS[c] }),
              }}
              onClick={async () => {
                try {
                  await cast.mutateAsync({ id: v.id, choice: c });
                  message.success(`已投「${VOTE_CHOICE_LABELS[c]}」`);
                } catch (error) {
                  message.error(errorMessage(error));
                }
              }}
            >
              {VOTE_CHOICE_LABELS[c]}
            </Button>
          );
        })}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
        {v.myChoice ? `您已投「${VOTE_CHOICE_LABELS[v.myChoice]}」，表决结束前可以改投。` : '每人一票，表决结束前可以改投。结果在表决结束后公布。'}
      </Typography.Paragraph>
    </>
  );
}

/** 现场表决 on the phone: the open votes of the meetings the attendee is at, with 同意/反对/弃权 to tap. */
export function H5VotesPage() {
  const votes = useOpenVotes();
  const items = votes.data?.items ?? [];
  const closed = useClosedVotes();
  const mine = (closed.data?.items ?? []).filter((v) => v.myChoice && v.tally).slice(0, 10);
  return (
    <H5Page title="现场表决">
      {votes.error ? <ErrorAlert error={votes.error} onRetry={() => votes.refetch()} /> : null}
      {votes.isLoading ? <Spin /> : null}
      {votes.data && !items.length ? (
        <Card size="small">
          <Empty description="现在没有正在进行的表决。参加议事会并签到后，工作人员开始手机投票时会出现在这里。" />
        </Card>
      ) : null}
      {items.map((v) => (
        <Card key={v.id} size="small" style={{ marginBottom: 12 }} title={v.meetingTitle} extra={<Tag color="processing">{VOTE_METHOD_LABELS[v.method]}</Tag>}>
          <Typography.Paragraph strong style={{ fontSize: 17 }}>
            {v.motion}
          </Typography.Paragraph>
          <Ballot v={v} />
        </Card>
      ))}
      {mine.length ? (
        <Card size="small" title="我参加的表决结果">
          {mine.map((v) => (
            <div key={v.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
              <Typography.Text strong>{v.motion}</Typography.Text>
              <div>
                <Tag color={v.tally!.passed ? 'green' : 'red'}>{verdictText(v.tally!)}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  我投了「{VOTE_CHOICE_LABELS[v.myChoice!]}」
                </Typography.Text>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {tallyLine(v.tally!)}
              </Typography.Text>
            </div>
          ))}
        </Card>
      ) : null}
    </H5Page>
  );
}
