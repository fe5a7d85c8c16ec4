import { PlusOutlined } from '@ant-design/icons';
import { postRolesWith, type CalendarOverrideView, type MeetingListItem } from '@linli/shared';
import { Alert, App, Button, Calendar, Card, Col, Popconfirm, Row, Space, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { formatDate, formatTime } from '../../ui/time-format';
import { hasAnyRole, useMe } from '../auth';
import { useCalendarOverrides, useDeleteOverride, useScheduledMeetings } from './calendar-queries';
import { OverrideModal, type OverrideDraft } from './OverrideModal';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** Who may change the calendar (the others read it, with their meetings on it). */
const CALENDAR_EDITORS = postRolesWith('calendar', 'write');

function dayText(day: string): string {
  return `${day}（周${WEEKDAYS[dayjs(day).day()]}）`;
}

function DayCell({ date, override, meetings }: { date: Dayjs; override: CalendarOverrideView | undefined; meetings: readonly MeetingListItem[] }) {
  const inner = (
    <div
      className="ant-picker-cell-inner"
      // Inline colours win over antd's selected-cell style, so a marked day stays readable when selected.
      style={
        override
          ? {
              position: 'relative',
              fontWeight: 600,
              color: override.workday ? '#0958d9' : '#a8071a',
              background: override.workday ? 'rgba(22,119,255,0.12)' : 'rgba(200,22,29,0.12)',
            }
          : { position: 'relative' }
      }
    >
      {date.date()}
      {override && (
        <span
          aria-label={override.workday ? '上班' : '休息'}
          style={{
            position: 'absolute',
            top: -6,
            right: -8,
            fontSize: 10,
            lineHeight: '14px',
            padding: '0 2px',
            borderRadius: 3,
            color: '#fff',
            background: override.workday ? '#1677ff' : '#c8161d',
          }}
        >
          {override.workday ? '班' : '休'}
        </span>
      )}
      {meetings.length > 0 && (
        <span
          aria-label={`${meetings.length} 场议事会`}
          style={{
            position: 'absolute',
            left: '50%',
            bottom: -3,
            transform: 'translateX(-50%)',
            width: 5,
            height: 5,
            borderRadius: '50%',
            background: '#d48806',
          }}
        />
      )}
    </div>
  );
  const tip = [override?.note, ...meetings.map((m) => `${formatTime(m.startsAt)} ${m.title}`)].filter(Boolean).join('；');
  return tip ? <Tooltip title={tip}>{inner}</Tooltip> : inner;
}

/** 工作日历 (admins): local day-off and make-up-workday changes on top of China's official calendar. */
export function CalendarPage() {
  const { message } = App.useApp();
  const list = useCalendarOverrides();
  const remove = useDeleteOverride();
  const [draft, setDraft] = useState<OverrideDraft | null>(null);
  const [onlyUpcoming, setOnlyUpcoming] = useState(true);
  const [month, setMonth] = useState<Dayjs>(() => dayjs());
  const me = useMe().data;
  const mayEdit = me ? hasAnyRole(me, CALENDAR_EDITORS) : false;
  const meetings = useScheduledMeetings(month);
  const meetingsByDay = useMemo(() => {
    const map = new Map<string, MeetingListItem[]>();
    for (const m of meetings.data ?? []) map.set(formatDate(m.startsAt), [...(map.get(formatDate(m.startsAt)) ?? []), m]);
    return map;
  }, [meetings.data]);
  const monthMeetings = (meetings.data ?? []).filter((m) => formatDate(m.startsAt).startsWith(month.format('YYYY-MM')));
  const byDay = useMemo(() => new Map((list.data ?? []).map((o) => [o.day, o])), [list.data]);
  const today = dayjs().format('YYYY-MM-DD');
  const rows = (list.data ?? []).filter((o) => !onlyUpcoming || o.day >= today);

  const openDay = (day: string) => {
    if (!mayEdit) return;
    const existing = byDay.get(day);
    setDraft(existing ? { existing } : { day });
  };

  return (
    <>
      <PageHeader
        title="工作日历"
        description="案件的受理、处置、报到等时限按工作日和工作小时计算；日历上的圆点是待召开的议事会。"
        extra={
          mayEdit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDraft({ day: null })}>
              新增调整
            </Button>
          )
        }
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="时限怎么算"
        description="系统已内置国家法定节假日和调休安排（国务院办公厅每年公布），不需要手工录入。这里只登记本地的额外变化，例如区里统一调休、应急值守要求上班的周末：设为“上班”的日子计入工作日，设为“休息”的日子不计入。保存后立即用于此后开始计时的时限；已经在计时的案件，期限不会改变。"
      />
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card variant="borderless" title="日历" extra={mayEdit && <Typography.Text type="secondary">点击日期登记调整</Typography.Text>}>
            <Calendar
              fullscreen={false}
              value={month}
              onPanelChange={(date) => setMonth(date)}
              onChange={(date) => setMonth(date)}
              onSelect={(date, info) => info.source === 'date' && openDay(date.format('YYYY-MM-DD'))}
              fullCellRender={(date, info) =>
                info.type === 'date' ? (
                  <DayCell date={date} override={byDay.get(date.format('YYYY-MM-DD'))} meetings={meetingsByDay.get(date.format('YYYY-MM-DD')) ?? []} />
                ) : (
                  info.originNode
                )
              }
            />
            <Space size={12} style={{ marginTop: 8 }}>
              <span>
                <Tag color="#1677ff">班</Tag>本地调整为上班
              </span>
              <span>
                <Tag color="#c8161d">休</Tag>本地调整为休息
              </span>
            </Space>
          </Card>
          {!meetings.isError && (
            <Card variant="borderless" title={`${month.format('M')}月待召开的议事会`} style={{ marginTop: 16 }}>
              {monthMeetings.length ? (
                <ul aria-label="待召开的议事会" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {monthMeetings.map((m) => (
                    <li key={m.id} style={{ padding: '4px 0' }}>
                      <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatDate(m.startsAt).slice(5)} {formatTime(m.startsAt)}
                      </Typography.Text>{' '}
                      <Link to={`/deliberation/meetings/${m.id}`}>{m.title}</Link>
                      {!m.title.startsWith(m.communityName) && <Typography.Text type="secondary"> · {m.communityName}</Typography.Text>}
                    </li>
                  ))}
                </ul>
              ) : (
                <Typography.Text type="secondary">
                  {meetings.isPending ? '正在加载…' : '这个月没有待召开的议事会。议事会按各社区设立的周期自动排期。'}
                </Typography.Text>
              )}
            </Card>
          )}
        </Col>
        <Col xs={24} lg={15}>
          <Card
            variant="borderless"
            title="本地调整"
            extra={
              <Button type="link" size="small" onClick={() => setOnlyUpcoming((v) => !v)}>
                {onlyUpcoming ? '显示全部（含已过去）' : '只看今天及以后'}
              </Button>
            }
          >
            <Table<CalendarOverrideView>
              rowKey="day"
              size="middle"
              loading={list.isPending}
              dataSource={rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 640 }}
              locale={{ emptyText: onlyUpcoming ? '今天及以后没有本地调整，全部按国家日历计算' : '还没有本地调整，全部按国家日历计算' }}
              columns={(
                [
                  { title: '日期', dataIndex: 'day', width: 150, render: (d: string) => dayText(d) },
                  {
                    title: '国家日历',
                    dataIndex: 'officialWorkday',
                    width: 96,
                    render: (w: boolean) => <Typography.Text type="secondary">{w ? '工作日' : '休息日'}</Typography.Text>,
                  },
                  {
                    title: '本地调整为',
                    dataIndex: 'workday',
                    width: 150,
                    render: (w: boolean, o) => (
                      <Space size={4} wrap>
                        <Tag color={w ? 'blue' : 'red'}>{w ? '上班' : '休息'}</Tag>
                        {w === o.officialWorkday && (
                          <Tooltip title="与国家日历相同，这条调整不改变时限计算">
                            <Typography.Text type="warning" style={{ fontSize: 12 }}>
                              无变化
                            </Typography.Text>
                          </Tooltip>
                        )}
                      </Space>
                    ),
                  },
                  { title: '说明', dataIndex: 'note' },
                  {
                    title: '操作',
                    key: 'actions',
                    width: 120,
                    render: (_, o) => (
                      <Space size={0}>
                        <Button type="link" size="small" onClick={() => setDraft({ existing: o })}>
                          修改
                        </Button>
                        <Popconfirm
                          title={`删除 ${o.day} 的调整？`}
                          description="删除后这一天按国家日历计算"
                          okText="删除"
                          cancelText="取消"
                          okButtonProps={{ danger: true }}
                          onConfirm={() =>
                            remove.mutateAsync(o.day).then(
                              () => message.success(`已删除 ${o.day} 的调整`),
                              (e: unknown) => message.error(errorMessage(e)),
                            )
                          }
                        >
                          <Button type="link" size="small" danger>
                            删除
                          </Button>
                        </Popconfirm>
                      </Space>
                    ),
                  },
                ] as TableColumnsType<CalendarOverrideView>
              ).filter((c) => mayEdit || c.key !== 'actions')}
            />
          </Card>
        </Col>
      </Row>
      <OverrideModal draft={draft} onClose={() => setDraft(null)} />
    </>
  );
}
