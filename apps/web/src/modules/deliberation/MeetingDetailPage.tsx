import {
  MEETING_ACTION_LABELS,
  MEETING_KIND_LABELS,
  MEETING_STATE_LABELS,
  REGISTRATION_STATE_LABELS,
  RESERVABLE_ROLE_LABELS,
  VOTE_ACTION_LABELS,
  isClosedVote,
  type MeetingAction,
  type MeetingDetail,
  type RegistrationView,
  type ReservableRole,
} from '@linli/shared';
import { App, Button, Card, Descriptions, Empty, Form, Input, InputNumber, List, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { DetailPage } from '../../ui/DetailPage';
import { EventTimeline } from '../../ui/EventTimeline';
import { formatDateTime, formatTime } from '../../ui/time-format';
import { CodeCheckinInput } from './CodeCheckinInput';
import { MEETING_STATE_COLORS, REGISTRATION_STATE_COLORS, meetingTime, seatsText } from './deliberation-format';
import { useLeave, useMeeting, useMeetingAction } from './deliberation-queries';
import { PrinterOutlined } from '@ant-design/icons';
import { MeetingMinutesPrint } from './MeetingMinutesPrint';
import { MeetingVotesCard } from './MeetingVotesCard';
import { VoteResult } from './VoteResult';
import { useMeetingVotes } from './vote-queries';

const MISSING = { title: '没有找到这个议事会', hint: '会议可能不在您的管辖范围内。', backTo: '/deliberation/meetings', backLabel: '回到议事会' };
const EVENT_LABELS: Record<string, string> = {
  ...MEETING_ACTION_LABELS,
  create: '新建',
  register: '报名',
  leave: '取消报名',
  promote: '候补递补',
  closeReminder: '纪要催办',
  voteCreate: '发起表决',
  voteOpen: VOTE_ACTION_LABELS.open,
  voteKeyIn: VOTE_ACTION_LABELS.keyIn,
  voteClose: VOTE_ACTION_LABELS.close,
};
const seatLabel = (seat: string | null) => (seat === null ? '—' : seat === 'general' ? '普通' : `预留·${RESERVABLE_ROLE_LABELS[seat as ReservableRole]}`);

function Registrations({ m }: { m: MeetingDetail }) {
  const leave = useLeave();
  const { message } = App.useApp();
  return (
    <Card
      variant="borderless"
      title="报名与签到"
      extra={
        <Typography.Text type="secondary">
          {seatsText(m.seats, m.registeredCount)}，候补 {m.waitlistCount}，已签到 {m.attendedCount}
        </Typography.Text>
      }
    >
      <Space style={{ marginBottom: 12 }}>
        <CodeCheckinInput meetingId={m.id} />
        <Link to={`/deliberation/meetings/${m.id}/checkin`}>打开签到屏（扫码签到）</Link>
      </Space>
      <Table<RegistrationView>
        rowKey="id"
        size="small"
        dataSource={m.registrations}
        pagination={{ pageSize: 15, hideOnSinglePage: true }}
        locale={{ emptyText: '还没有人报名。本社区居民和党员在手机「议事会」里报名，凭报名码到场签到。' }}
        columns={[
          { title: '序号', dataIndex: 'queueNo', width: 60 },
          { title: '姓名', dataIndex: 'userName' },
          { title: '名额', dataIndex: 'seat', render: seatLabel },
          {
            title: '状态',
            dataIndex: 'state',
            render: (s: RegistrationView['state']) => <Tag color={REGISTRATION_STATE_COLORS[s]}>{REGISTRATION_STATE_LABELS[s]}</Tag>,
          },
          { title: '报名码', dataIndex: 'code', render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
          { title: '签到时间', dataIndex: 'checkedInAt', render: (v: string | null) => (v ? formatTime(v) : '—') },
          {
            title: '操作',
            key: 'op',
            render: (_, r) =>
              r.allowedActions.includes('leave') ? (
                <Popconfirm
                  title={`取消 ${r.userName} 的报名？`}
                  description="空出的名额自动给最早候补的人。"
                  okText="取消报名"
                  cancelText="不取消"
                  onConfirm={async () => {
                    try {
                      await leave.mutateAsync({ id: r.id, version: r.version });
                      message.success('已取消，候补已自动递补');
                    } catch (error) {
                      message.error(errorMessage(error));
                    }
                  }}
                >
                  <Button size="small" danger>
                    取消报名
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}

function Actions({ m }: { m: MeetingDetail }) {
  const act = useMeetingAction(m.id);
  const [open, setOpen] = useState<MeetingAction | null>(null);
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const run = async (action: MeetingAction, extra: object = {}) => {
    try {
      await act.mutateAsync({ action, expectedVersion: m.version, ...extra });
      message.success(`已${MEETING_ACTION_LABELS[action]}`);
      setOpen(null);
      form.resetFields();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return; // antd marks the fields; a rejection left unhandled would reach the error overlay
    if (open === 'close') await run('close', { minutes: v.minutes, attendingOrganizations: v.orgs, attendeesCount: v.attendees });
    if (open === 'cancel') await run('cancel', { reason: v.reason });
    if (open === 'editAgenda')
      await run('editAgenda', {
        agenda: String(v.agenda)
          .split('\n')
          .map((t: string) => t.trim())
          .filter(Boolean)
          .map((title: string) => ({ title, minutes: 15 })),
      });
  };
  if (!m.canManage) return <Typography.Text type="secondary">报名、签到和纪要由社区工作人员管理。</Typography.Text>;
  if (!m.allowedActions.length) return <Typography.Text type="secondary">{m.cancelReason ? '会议已取消。' : '会议已归档。'}</Typography.Text>;
  return (
    <>
      <Space wrap>
        {m.allowedActions.includes('hold') ? (
          <Button type="primary" loading={act.isPending} onClick={() => run('hold')}>
            登记已召开
          </Button>
        ) : null}
        {m.allowedActions.includes('close') ? (
          <Button type="primary" onClick={() => setOpen('close')}>
            归档纪要
          </Button>
        ) : null}
        {m.allowedActions.includes('editAgenda') ? <Button onClick={() => setOpen('editAgenda')}>编辑议程</Button> : null}
        {m.allowedActions.includes('cancel') ? (
          <Button danger onClick={() => setOpen('cancel')}>
            取消会议
          </Button>
        ) : null}
      </Space>
      {m.allowedActions.includes('cancel') && !m.allowedActions.includes('hold') ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          会议开始后可以登记召开；会后须填写纪要和参会组织才能归档，未归档的会后第3天、第7天提醒召集人。
        </Typography.Paragraph>
      ) : null}
      <Modal
        open={open !== null}
        title={open ? MEETING_ACTION_LABELS[open] : ''}
        onCancel={() => setOpen(null)}
        onOk={submit}
        confirmLoading={act.isPending}
        okText="确定"
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ attendees: m.attendedCount, agenda: m.agenda.map((a) => a.title).join('\n') }}>
          {open === 'close' ? (
            <>
              <Form.Item name="minutes" label="会议纪要" rules={[{ required: true, message: '请填写会议纪要' }]}>
                <Input.TextArea rows={6} placeholder="议了哪些事，定了什么，谁负责，什么时候办好" />
              </Form.Item>
              <Form.Item name="orgs" label="参会组织" rules={[{ required: true, message: '请填写参会的组织' }]}>
                <Select mode="tags" placeholder="如：小区党支部、业主委员会、物业服务企业" />
              </Form.Item>
              <Form.Item name="attendees" label={`到会人数（已扫码签到 ${m.attendedCount} 人）`} rules={[{ required: true, message: '请填写到会人数' }]}>
                <InputNumber min={m.attendedCount} max={5000} />
              </Form.Item>
            </>
          ) : null}
          {open === 'cancel' ? (
            <Form.Item name="reason" label="取消原因（会通知已报名的人）" rules={[{ required: true, message: '请填写取消原因' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          ) : null}
          {open === 'editAgenda' ? (
            <Form.Item name="agenda" label="议程（每行一项）" rules={[{ required: true, message: '请至少填写一个议题' }]}>
              <Input.TextArea rows={6} />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}

/** The minutes with the votes they froze; printable on A4 once recorded. */
function Minutes({ m }: { m: MeetingDetail }) {
  const votes = useMeetingVotes(m.id);
  const [printing, setPrinting] = useState(false);
  const closed = (votes.data?.items ?? []).filter((v) => isClosedVote(v.state) && v.tally);
  return (
    <Card
      variant="borderless"
      title="会议纪要"
      extra={
        m.minutes ? (
          <Button size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
            打印纪要
          </Button>
        ) : null
      }
    >
      {m.minutes ? (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{m.minutes}</Typography.Paragraph>
          <Typography.Text type="secondary">
            到会 {m.attendeesCount} 人；参会组织：{m.attendingOrganizations.join('、')}；归档于 {m.closedAt ? formatDateTime(m.closedAt) : ''}
          </Typography.Text>
          {closed.length ? (
            <List
              style={{ marginTop: 12 }}
              size="small"
              header={<Typography.Text strong>表决结果（随纪要封存）</Typography.Text>}
              dataSource={closed}
              renderItem={(v, i) => (
                <List.Item>
                  <List.Item.Meta title={`${i + 1}. ${v.motion}`} description={<VoteResult tally={v.tally!} />} />
                </List.Item>
              )}
            />
          ) : null}
          {printing ? <MeetingMinutesPrint m={m} votes={votes.data?.items ?? []} onDone={() => setPrinting(false)} /> : null}
        </>
      ) : (
        <Empty description={m.cancelReason ? `会议已取消：${m.cancelReason}` : '还没有纪要。会后点「归档纪要」填写。'} />
      )}
    </Card>
  );
}

/** One meeting: state and actions, registrations with code check-in, agenda, minutes and history. */
export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const query = useMeeting(id);
  return (
    <DetailPage query={query} missing={MISSING}>
      {(m) => ({
        title: m.title,
        description: `${m.communityName} · ${MEETING_KIND_LABELS[m.kind]} · ${meetingTime(m.startsAt, m.endsAt)}`,
        status: (
          <>
            <Tag color={MEETING_STATE_COLORS[m.state]}>{MEETING_STATE_LABELS[m.state]}</Tag>
            {m.overdueClose ? <Tag color="red">会议已结束，纪要待归档</Tag> : null}
          </>
        ),
        actions: <Actions m={m} />,
        main: (
          <>
            {m.canManage ? <Registrations m={m} /> : null}
            <MeetingVotesCard m={m} />
            <Minutes m={m} />
          </>
        ),
        history: {
          title: '会议记录',
          content: (
            <EventTimeline
              entries={m.history.map((h, i) => ({
                id: String(i),
                title: EVENT_LABELS[h.action] ?? h.action,
                who: h.actorName,
                when: formatDateTime(h.at),
                note: h.note,
                photos: [],
              }))}
              empty="还没有记录。"
            />
          ),
        },
        side: (
          <>
            <Card variant="borderless" title="会议信息" size="small">
              <Descriptions column={1} size="small">
                <Descriptions.Item label="社区">{m.communityName}</Descriptions.Item>
                <Descriptions.Item label="地点">{m.place}</Descriptions.Item>
                <Descriptions.Item label="召集人">{m.convenerName}</Descriptions.Item>
                <Descriptions.Item label="名额">
                  {seatsText(m.seats, m.registeredCount)}
                  {Object.entries(m.reserved)
                    .filter(([, n]) => n)
                    .map(([r, n]) => `；预留${RESERVABLE_ROLE_LABELS[r as ReservableRole]} ${n}`)
                    .join('')}
                </Descriptions.Item>
                <Descriptions.Item label="收集建议">
                  <Link to={`/deliberation/suggestions?meetingId=${m.id}`}>{m.suggestionCount} 条</Link>
                </Descriptions.Item>
              </Descriptions>
            </Card>
            <Card variant="borderless" title="议程" size="small">
              <List
                size="small"
                dataSource={m.agenda}
                locale={{ emptyText: '还没有议程。' }}
                renderItem={(a, i) => (
                  // antd puts `extra` flush against the title in a narrow column: a gap of its own keeps "情况" and "15 分钟" apart.
                  <List.Item
                    extra={
                      <Typography.Text type="secondary" style={{ marginInlineStart: 12, whiteSpace: 'nowrap' }}>
                        {a.minutes} 分钟
                      </Typography.Text>
                    }
                  >
                    {i + 1}. {a.title}
                  </List.Item>
                )}
              />
            </Card>
          </>
        ),
      })}
    </DetailPage>
  );
}
