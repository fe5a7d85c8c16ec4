import { isOpenMeeting, type RegistrationView } from '@linli/shared';
import { Button, Card, Flex, Result, Space, Statistic, Typography } from 'antd';
import { useRef } from 'react';
import { Link, useParams } from 'react-router-dom';
import { CheckinQrCard } from '../../ui/checkin/CheckinQrCard';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { formatTime } from '../../ui/time-format';
import { CodeCheckinInput } from './CodeCheckinInput';
import { meetingTime } from './deliberation-format';
import { useMeetingAttendance, useMeetingCheckinToken } from './deliberation-queries';

/** The phone page the station's QR opens. */
export const MEETING_CHECKIN_H5_PATH = '/h5/meeting-checkin';

function Station({ meetingId, title }: { meetingId: string; title: string }) {
  const token = useMeetingCheckinToken(meetingId);
  return <CheckinQrCard title={`${title} · 签到`} h5Path={MEETING_CHECKIN_H5_PATH} size={360} query={token} />;
}

/** The latest check-ins, newest first, so the person at the door sees the scan land. */
function latest(registrations: RegistrationView[]): RegistrationView[] {
  return registrations
    .filter((r) => r.checkedInAt)
    .sort((a, b) => (b.checkedInAt ?? '').localeCompare(a.checkedInAt ?? ''))
    .slice(0, 5);
}

/**
 * 签到屏: shown full-screen at the meeting's door. Registrants scan the rotating QR with their phone
 * (each checks in once); staff can also type a registrant's 报名码. The count rereads itself.
 */
export function MeetingCheckinPage() {
  const { id = '' } = useParams();
  const meeting = useMeetingAttendance(id);
  const screen = useRef<HTMLDivElement>(null);
  const m = meeting.data;
  if (meeting.error) return <ErrorAlert error={meeting.error} onRetry={() => meeting.refetch()} />;
  if (!m) return null;
  const back = <Link to={`/deliberation/meetings/${id}`}>返回会议</Link>;
  if (!m.canManage || !isOpenMeeting(m.state))
    return (
      <Result
        status="info"
        title="这个会议现在不能签到"
        subTitle={m.canManage ? '会议已归档或已取消。' : '只有本社区的工作人员可以打开签到屏。'}
        extra={back}
      />
    );
  return (
    <div ref={screen} style={{ background: '#fff', padding: 24, minHeight: '100%' }}>
      <Flex vertical align="center" gap={16}>
        <Space>
          {back}
          <Button onClick={() => screen.current?.requestFullscreen?.()}>全屏显示</Button>
        </Space>
        <Typography.Text type="secondary">
          {m.place} · {meetingTime(m.startsAt, m.endsAt)}
        </Typography.Text>
        <Flex gap={24} wrap justify="center" align="start">
          <Station meetingId={m.id} title={m.title} />
          <Card style={{ minWidth: 320 }} title="到场签到">
            <Statistic title="已签到 / 已报名" value={m.attendedCount} suffix={`/ ${m.registeredCount}`} />
            <div style={{ margin: '16px 0' }}>
              <CodeCheckinInput meetingId={m.id} width={280} />
            </div>
            <Typography.Text type="secondary">没带手机的居民，请报出报名码，由工作人员输入签到。</Typography.Text>
            <ul aria-label="最近签到" style={{ paddingLeft: 18, marginTop: 12 }}>
              {latest(m.registrations).map((r) => (
                <li key={r.id}>
                  {r.userName} · {formatTime(r.checkedInAt!)}
                </li>
              ))}
            </ul>
          </Card>
        </Flex>
      </Flex>
    </div>
  );
}
