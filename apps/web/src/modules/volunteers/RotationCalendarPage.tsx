import { Badge, Button, Calendar, Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import type { AreaValue } from '../org';
import { CommunityPicker, useMustPickCommunity } from './CommunityField';
import { CreateRotationModal, RosterModal } from './RotationModals';
import { WEEKDAY_NAMES } from './volunteer-format';
import { useStationCalendar } from './volunteer-queries';
import { formatDate } from '../../ui/time-format';

/** 轮值日历: the month's rotating station head, week themes, rostered shifts and activities at the community's service station. */
export function RotationCalendarPage() {
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [dialog, setDialog] = useState<'rotation' | 'roster' | null>(null);
  const mustPick = useMustPickCommunity();
  const [community, setCommunity] = useState<AreaValue | null>(null);
  const calendar = useStationCalendar(month, community?.value, !mustPick || Boolean(community));
  const cal = calendar.data;
  const cell = (d: Dayjs) => {
    if (!cal || d.format('YYYY-MM') !== month) return null;
    const day = d.format('YYYY-MM-DD');
    const shifts = cal.shifts.filter((s) => s.date === day);
    const activities = cal.activities.filter((a) => formatDate(a.startsAt) === day);
    return (
      <div>
        {shifts.map((s) => (
          <div key={s.id}>
            <Badge color="red" text={`${s.startTime}–${s.endTime} ${s.teamName ?? '待排班'}`} />
            {s.memberNames.length ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {s.memberNames.join('、')}
              </Typography.Text>
            ) : null}
          </div>
        ))}
        {activities.map((a) => (
          <Badge key={a.id} color="blue" text={a.title} />
        ))}
      </div>
    );
  };
  return (
    <>
      <PageHeader
        title="轮值日历"
        description={cal ? `${cal.communityName}党群服务站：每月一家共建单位任轮值站长，每周一个主题，服务队轮流值守。` : '社区党群服务站的轮值与排班'}
        extra={
          <>
            {mustPick ? <CommunityPicker value={community} onChange={setCommunity} /> : null}
            {cal?.canManage ? (
              cal.rotation ? (
                <Button onClick={() => setDialog('roster')}>分组排班</Button>
              ) : (
                <Button type="primary" onClick={() => setDialog('rotation')}>
                  设置本月轮值
                </Button>
              )
            ) : null}
          </>
        }
      />
      {mustPick && !community ? <Empty description="请先在右上角选择社区，查看该社区党群服务站的轮值安排。" style={{ marginBottom: 16 }} /> : null}
      {calendar.error ? <ErrorAlert error={calendar.error} onRetry={() => calendar.refetch()} /> : null}
      {cal ? (
        <Card style={{ marginBottom: 16 }}>
          {cal.rotation ? (
            <Descriptions column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="轮值站长">{cal.rotation.headUnitName}</Descriptions.Item>
              <Descriptions.Item label="固定服务日">每{WEEKDAY_NAMES[cal.rotation.serviceWeekday]}</Descriptions.Item>
              <Descriptions.Item label="每周主题" span={2}>
                {/* Tags wrap, and so does a long theme inside its tag: five weeks never run out of the card at 1366 px. */}
                <Flex wrap style={{ rowGap: 6 }}>
                  {cal.rotation.weeks.map((w, i) => (
                    <Tag key={w.weekStart} color={w.theme ? 'red' : 'default'} style={{ whiteSpace: 'normal', maxWidth: '100%' }}>
                      第{i + 1}周（{dayjs(w.weekStart).format('M/D')}起）{w.theme || '未定主题'}
                    </Tag>
                  ))}
                </Flex>
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <Empty description={`${month} 还没有设置轮值。点右上角「设置本月轮值」，选择轮值站长单位和固定服务日，系统自动生成当月排班。`} />
          )}
        </Card>
      ) : null}
      <Card>
        <Calendar
          value={dayjs(`${month}-01`)}
          onPanelChange={(d) => setMonth(d.format('YYYY-MM'))}
          onSelect={(d) => setMonth(d.format('YYYY-MM'))}
          cellRender={(d, info) => (info.type === 'date' ? cell(d) : null)}
        />
      </Card>
      <CreateRotationModal month={month} communityId={community?.value} open={dialog === 'rotation'} onClose={() => setDialog(null)} />
      {cal?.rotation ? <RosterModal rotationId={cal.rotation.id} open={dialog === 'roster'} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
