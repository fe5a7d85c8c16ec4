import {
  MEETING_KIND_LABELS,
  REGISTRATION_STATE_LABELS,
  isOpenMeeting,
  isSeatedRegistration,
  isWaitlistedRegistration,
  type MeetingListItem,
} from '@linli/shared';
import { App, Button, Card, Empty, List, Space, Spin, Tag, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { errorMessage } from '../../../api/api-error';
import { H5Page } from '../../../h5/H5Page';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { REGISTRATION_STATE_COLORS, meetingTime, seatsText } from '../deliberation-format';
import { useLeave, useMeetings, useMyMeetings, useRegister } from '../deliberation-queries';

function SignUp({ m }: { m: MeetingListItem }) {
  const register = useRegister();
  const leave = useLeave();
  const { message } = App.useApp();
  if (m.myRegistration) {
    const r = m.myRegistration;
    return r.allowedActions.includes('leave') ? (
      <Button
        size="small"
        loading={leave.isPending}
        onClick={async () => {
          try {
            await leave.mutateAsync({ id: r.id, version: r.version });
            message.success('已取消报名');
          } catch (error) {
            message.error(errorMessage(error));
          }
        }}
      >
        取消报名
      </Button>
    ) : null;
  }
  return m.canRegister ? (
    <Button
      type="primary"
      size="small"
      loading={register.isPending}
      onClick={async () => {
        try {
          const d = await register.mutateAsync(m.id);
          message.success(
            d.myRegistration && isWaitlistedRegistration(d.myRegistration.state)
              ? `名额已满，您是候补第 ${d.myRegistration.waitlistPosition} 位`
              : '报名成功，凭报名码签到',
          );
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    >
      报名
    </Button>
  ) : null;
}

/** 议事会 on the phone: my registration codes as QR for the door, and the coming meetings of my community to sign up for. */
export function H5MeetingsPage() {
  const mine = useMyMeetings();
  const today = new Date();
  const upcoming = useMeetings({ from: today.toISOString().slice(0, 10), state: 'scheduled' });
  const coming = (mine.data?.items ?? []).filter((i) => isOpenMeeting(i.meetingState));
  return (
    <H5Page title="议事会">
      {mine.error ? <ErrorAlert error={mine.error} onRetry={() => mine.refetch()} /> : null}
      {mine.isLoading || upcoming.isLoading ? <Spin /> : null}
      {coming.map((i) => (
        <Card key={i.registration.id} size="small" style={{ marginBottom: 12 }} title="我的报名码">
          <Space direction="vertical" align="center" style={{ width: '100%' }}>
            <Typography.Text strong>{i.title}</Typography.Text>
            <Typography.Text type="secondary">
              {new Date(i.startsAt).toLocaleString('zh-CN', {
                timeZone: 'Asia/Shanghai',
                month: 'numeric',
                day: 'numeric',
                hour: '2-digit',
                minute: '2-digit',
              })}{' '}
              · {i.place}
            </Typography.Text>
            {isSeatedRegistration(i.registration.state) ? (
              <>
                <QRCodeSVG value={i.registration.code} size={160} marginSize={2} aria-label="报名码二维码" />
                <Typography.Text code style={{ fontSize: 20, letterSpacing: 2 }}>
                  {i.registration.code}
                </Typography.Text>
              </>
            ) : null}
            <Tag color={REGISTRATION_STATE_COLORS[i.registration.state]}>
              {REGISTRATION_STATE_LABELS[i.registration.state]}
              {i.registration.waitlistPosition ? ` 第 ${i.registration.waitlistPosition} 位` : ''}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              到场用手机扫会场屏幕上的签到码，或向工作人员出示本码
            </Typography.Text>
          </Space>
        </Card>
      ))}
      <Card size="small" title="近期议事会">
        {upcoming.data && upcoming.data.items.length === 0 ? <Empty description="近期没有可报名的议事会。社区排期后会出现在这里。" /> : null}
        <List
          dataSource={upcoming.data?.items ?? []}
          renderItem={(m) => (
            <List.Item extra={<SignUp m={m} />}>
              <List.Item.Meta
                title={m.title}
                description={
                  <>
                    <div>
                      {MEETING_KIND_LABELS[m.kind]} · {meetingTime(m.startsAt, m.endsAt)}
                    </div>
                    <div>
                      {m.place} · {seatsText(m.seats, m.registeredCount)}
                      {m.waitlistCount ? `，候补 ${m.waitlistCount}` : ''}
                    </div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </H5Page>
  );
}
