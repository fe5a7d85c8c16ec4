import { ReloadOutlined } from '@ant-design/icons';
import {
  DEFAULT_QUORUM_PERCENT,
  VOTE_ACTION_LABELS,
  VOTE_METHOD_LABELS,
  VOTE_STATE_LABELS,
  isOpenMeeting,
  isOpenVote,
  type MeetingDetail,
  type VoteState,
  type VoteView,
} from '@linli/shared';
import { App, Button, Card, Empty, Form, Input, InputNumber, List, Modal, Popconfirm, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { VoteResult } from './VoteResult';
import { useCreateVote, useMeetingVotes, useVoteAction } from './vote-queries';

const VOTE_STATE_COLORS: Readonly<Record<VoteState, string>> = { draft: 'default', open: 'processing', closed: 'green' };

function CreateVote({ meetingId, open, onClose }: { meetingId: string; open: boolean; onClose: () => void }) {
  const create = useCreateVote(meetingId);
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const submit = async () => {
    // A form the checks refuse shows its errors in place.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await create.mutateAsync(v);
      message.success('已添加表决事项，会上点「开始表决」');
      form.resetFields();
      onClose();
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };
  return (
    <Modal open={open} title="发起表决" onCancel={onClose} onOk={submit} okText="添加" confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ method: 'hands', quorumPercent: DEFAULT_QUORUM_PERCENT }}>
        <Form.Item name="motion" label="表决事项" rules={[{ required: true, min: 4, message: '请把表决事项写清楚（至少4个字）' }]}>
          <Input.TextArea rows={3} maxLength={300} placeholder="如：同意使用小区公共收益更换3号楼单元门禁" />
        </Form.Item>
        <Form.Item name="method" label="表决方式">
          <Radio.Group
            options={[
              { value: 'hands', label: `${VOTE_METHOD_LABELS.hands}（现场举手，工作人员录入人数）` },
              { value: 'phone', label: `${VOTE_METHOD_LABELS.phone}（已签到的参会人在手机上投）` },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="quorumPercent"
          label="法定人数：投票人数须超过到会人数的"
          extra="默认 50%，即过半数到会的人参加表决才有效；通过须同意票超过投票数的一半（弃权计入投票数）。"
        >
          <InputNumber min={0} max={99} addonAfter="%" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function KeyIn({ vote, checkedIn, onClose }: { vote: VoteView; checkedIn: number; onClose: () => void }) {
  const act = useVoteAction();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const t = vote.tally;
  const submit = async () => {
    // A form the checks refuse shows its errors in place.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await act.mutateAsync({ id: vote.id, action: 'keyIn', expectedVersion: vote.version, ...v });
      message.success('已录入举手结果');
      onClose();
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };
  const sumRule = ({ getFieldValue }: { getFieldValue: (n: string) => number | undefined }) => ({
    validator: async () => {
      const sum = (getFieldValue('yes') ?? 0) + (getFieldValue('no') ?? 0) + (getFieldValue('abstain') ?? 0);
      if (sum > (getFieldValue('present') ?? 0)) throw new Error('同意、反对、弃权合计不能超过到会人数');
    },
  });
  return (
    <Modal open title={`录入举手结果：${vote.motion}`} onCancel={onClose} onOk={submit} okText="录入" confirmLoading={act.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="inline"
        style={{ rowGap: 12 }}
        initialValues={{ yes: t?.yes, no: t?.no, abstain: t?.abstain, present: Math.max(t?.present ?? 0, checkedIn) }}
      >
        <Form.Item name="present" label="到会人数" rules={[{ required: true, message: '请填写到会人数' }]} extra={`已签到 ${checkedIn} 人`}>
          <InputNumber min={checkedIn} max={5000} />
        </Form.Item>
        {(['yes', 'no', 'abstain'] as const).map((k) => (
          <Form.Item
            key={k}
            name={k}
            label={{ yes: '同意', no: '反对', abstain: '弃权' }[k]}
            dependencies={['present', 'yes', 'no', 'abstain']}
            rules={[{ required: true, message: '请填写人数' }, sumRule]}
          >
            <InputNumber min={0} max={5000} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function VoteActions({ vote, checkedIn }: { vote: VoteView; checkedIn: number }) {
  const act = useVoteAction();
  const [keying, setKeying] = useState(false);
  const { message } = App.useApp();
  const run = async (action: 'open' | 'close') => {
    try {
      await act.mutateAsync({ id: vote.id, action, expectedVersion: vote.version });
      message.success(`已${VOTE_ACTION_LABELS[action]}`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  const can = (a: VoteView['allowedActions'][number]) => vote.allowedActions.includes(a);
  return (
    <Space wrap>
      {can('open') ? (
        <Button type="primary" size="small" loading={act.isPending} onClick={() => run('open')}>
          开始表决
        </Button>
      ) : null}
      {can('keyIn') ? (
        <Button type="primary" size="small" onClick={() => setKeying(true)}>
          {vote.tally ? '改录举手结果' : '录入举手结果'}
        </Button>
      ) : null}
      {can('close') ? (
        <Popconfirm title="结束表决？" description="结束后结果即固定，不能再投票或改录。" okText="结束表决" cancelText="再等等" onConfirm={() => run('close')}>
          <Button size="small" danger loading={act.isPending}>
            结束表决
          </Button>
        </Popconfirm>
      ) : null}
      {keying ? <KeyIn vote={vote} checkedIn={checkedIn} onClose={() => setKeying(false)} /> : null}
    </Space>
  );
}

/** The 表决 section of a meeting: motions, opening, hands keyed in or phone ballots watched arriving, and the fixed results. */
export function MeetingVotesCard({ m }: { m: MeetingDetail }) {
  const votes = useMeetingVotes(m.id);
  const [creating, setCreating] = useState(false);
  const items = votes.data?.items ?? [];
  const phoneOpen = items.some((v) => v.method === 'phone' && isOpenVote(v.state));
  const frozen = !isOpenMeeting(m.state);
  const checkedIn = votes.data?.checkedIn ?? m.attendedCount;
  return (
    <Card
      variant="borderless"
      title="表决"
      extra={
        <Space>
          <Button size="small" icon={<ReloadOutlined />} loading={votes.isFetching} onClick={() => votes.refetch()}>
            刷新
          </Button>
          {votes.data?.canCreate ? (
            <Button size="small" type="primary" onClick={() => setCreating(true)}>
              发起表决
            </Button>
          ) : null}
        </Space>
      }
    >
      {votes.error ? <Typography.Text type="danger">{errorMessage(votes.error)}</Typography.Text> : null}
      {frozen && items.length ? <Typography.Paragraph type="secondary">会议已归档，表决结果已随纪要封存，不能再改。</Typography.Paragraph> : null}
      {phoneOpen ? <Typography.Paragraph type="secondary">手机投票进行中，已签到 {checkedIn} 人可投，票数每 5 秒自动刷新。</Typography.Paragraph> : null}
      <List
        dataSource={items}
        loading={votes.isLoading}
        locale={{
          emptyText: (
            <Empty
              description={
                frozen
                  ? '这次会议没有表决。'
                  : '还没有表决事项。会上需要大家表态的事，点「发起表决」：可以现场举手后录入人数，也可以让已签到的参会人用手机投票。'
              }
            />
          ),
        }}
        renderItem={(v, i) => (
          <List.Item actions={m.canManage ? [<VoteActions key="a" vote={v} checkedIn={checkedIn} />] : []}>
            <List.Item.Meta
              title={
                <Space size={6} wrap>
                  <span>
                    {i + 1}. {v.motion}
                  </span>
                  <Tag>{VOTE_METHOD_LABELS[v.method]}</Tag>
                  <Tag color={VOTE_STATE_COLORS[v.state]}>{VOTE_STATE_LABELS[v.state]}</Tag>
                </Space>
              }
              description={
                <Space direction="vertical" size={2}>
                  <Typography.Text type="secondary">法定人数：投票人数超过到会人数的 {v.quorumPercent}%</Typography.Text>
                  {v.tally ? (
                    <VoteResult tally={v.tally} running={isOpenVote(v.state)} />
                  ) : isOpenVote(v.state) ? (
                    <Typography.Text type="secondary">请现场举手表决，清点人数后点「录入举手结果」。</Typography.Text>
                  ) : null}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      <CreateVote meetingId={m.id} open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
