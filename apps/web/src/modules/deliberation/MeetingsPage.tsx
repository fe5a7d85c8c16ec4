import { PlusOutlined } from '@ant-design/icons';
import { MEETING_KINDS, MEETING_KIND_LABELS, MEETING_STATE_LABELS, type MeetingKind, type MeetingListItem } from '@linli/shared';
import { App, Badge, Button, Calendar, Card, Form, Input, InputNumber, Modal, Segmented, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { ExportButton } from '../../ui/export/ExportButton';
import { MEETING_STATE_COLORS, meetingTime, seatsText } from './deliberation-format';
import { requestMeetingExport, useCreateSeries, useMeetings, useSeries } from './deliberation-queries';

function StateTag({ m }: { m: MeetingListItem }) {
  return (
    <Space size={4}>
      <Tag color={MEETING_STATE_COLORS[m.state]}>{MEETING_STATE_LABELS[m.state]}</Tag>
      {m.overdueClose ? <Tag color="red">纪要待归档</Tag> : null}
    </Space>
  );
}

function NewSeriesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const create = useCreateSeries();
  const { message } = App.useApp();
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return; // antd marks the fields itself
    try {
      const s = await create.mutateAsync({ kind: v.kind, place: v.place, seats: v.seats ?? 0, reserved: v.leads ? { buildingLead: v.leads } : {} });
      message.success(`已设立「${s.title}」，${s.ruleText}，日历已排到 ${s.generatedUntil}`);
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal title="设立议事会周期" open={open} onCancel={onClose} onOk={submit} okText="设立并排期" confirmLoading={create.isPending} destroyOnHidden>
      <Typography.Paragraph type="secondary">按议事会类型的默认规则自动排期，例如小区联席会每月第一个周四晚7点。</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ kind: 'jointMeeting', seats: 0 }}>
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
          <Select options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="place" label="地点" rules={[{ required: true, min: 2, message: '请填写地点' }]}>
          <Input placeholder="如：同心驿党群服务站" />
        </Form.Item>
        <Form.Item name="seats" label="名额（0 为不限）">
          <InputNumber min={0} max={2000} />
        </Form.Item>
        <Form.Item name="leads" label="为楼长单元长预留名额">
          <InputNumber min={0} max={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 议事会: the calendar every community's rules generate, as a list or a month view; staff set up standing meetings and export. */
export function MeetingsPage() {
  const [view, setView] = useState<'list' | 'calendar'>('list');
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [unclosed, setUnclosed] = useState(false);
  const [kind, setKind] = useState<MeetingKind | undefined>();
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  const query = unclosed
    ? { from: month.subtract(11, 'month').startOf('month').format('YYYY-MM-DD'), to: month.endOf('month').format('YYYY-MM-DD'), unclosed: true, kind }
    : { from: month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD'), to: month.endOf('month').add(7, 'day').format('YYYY-MM-DD'), kind };
  const list = useMeetings(query);
  const series = useSeries();
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader
        title="议事会"
        description={`按规则排期的议事会日历。${series.data?.items.length ? `正在运行 ${series.data.items.length} 个议事会周期：${series.data.items.map((s) => `${s.title}（${s.ruleText}）`).join('；')}。` : ''}`}
        extra={
          <Space>
            <ExportButton
              target={{ job: () => requestMeetingExport(query) }}
              disabled={items.length === 0}
              hint="导出当前月份（及筛选条件）的全部议事会；条数多时在后台生成，完成后下载"
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              设立议事会周期
            </Button>
          </Space>
        }
      />
      {list.error ? <ErrorAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'list' | 'calendar')}
            options={[
              { label: '列表', value: 'list' },
              { label: '月历', value: 'calendar' },
            ]}
          />
          <Select
            allowClear
            placeholder="全部类型"
            style={{ width: 140 }}
            value={kind}
            onChange={setKind}
            options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))}
          />
          <Space>
            <Switch checked={unclosed} onChange={setUnclosed} />
            只看纪要逾期（近一年）
          </Space>
          {view === 'list' && !unclosed ? (
            <Space>
              <Button onClick={() => setMonth(month.subtract(1, 'month'))}>上个月</Button>
              <Typography.Text strong>{month.format('YYYY年M月')}</Typography.Text>
              <Button onClick={() => setMonth(month.add(1, 'month'))}>下个月</Button>
            </Space>
          ) : null}
        </Space>
        {view === 'list' ? (
          <Table<MeetingListItem>
            rowKey="id"
            size="middle"
            loading={list.isLoading}
            dataSource={items}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: unclosed ? '没有逾期未归档纪要的议事会。' : '这个月没有议事会。点右上角「设立议事会周期」，系统会按规则自动排期。' }}
            columns={[
              { title: '会议', dataIndex: 'title', render: (t: string, m) => <Link to={`/deliberation/meetings/${m.id}`}>{t}</Link> },
              { title: '类型', dataIndex: 'kind', render: (k: MeetingKind) => MEETING_KIND_LABELS[k] },
              { title: '社区', dataIndex: 'communityName' },
              { title: '时间', key: 'time', render: (_, m) => meetingTime(m.startsAt, m.endsAt) },
              { title: '地点', dataIndex: 'place' },
              { title: '报名', key: 'seats', render: (_, m) => seatsText(m.seats, m.registeredCount) + (m.waitlistCount ? `，候补 ${m.waitlistCount}` : '') },
              { title: '签到', dataIndex: 'attendedCount' },
              { title: '状态', key: 'state', render: (_, m) => <StateTag m={m} /> },
            ]}
          />
        ) : (
          <Calendar
            value={month}
            onPanelChange={(d) => setMonth(d)}
            onSelect={(d, info) => info.source === 'date' && setMonth(d)}
            cellRender={(d, info) => {
              if (info.type !== 'date') return info.originNode;
              const day = d.format('YYYY-MM-DD');
              const todays = items.filter((m) => dayjs(m.startsAt).format('YYYY-MM-DD') === day);
              return (
                <div>
                  {todays.map((m) => (
                    <div key={m.id} onClick={() => navigate(`/deliberation/meetings/${m.id}`)} style={{ cursor: 'pointer', fontSize: 12 }}>
                      <Badge
                        color={m.overdueClose ? 'red' : MEETING_STATE_COLORS[m.state]}
                        text={`${dayjs(m.startsAt).format('HH:mm')} ${MEETING_KIND_LABELS[m.kind]}`}
                      />
                    </div>
                  ))}
                </div>
              );
            }}
          />
        )}
      </Card>
      <NewSeriesModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
