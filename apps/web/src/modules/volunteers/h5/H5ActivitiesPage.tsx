import { isWaitlisted, type ActivityListItem } from '@linli/shared';
import { App, Button, Card, Empty, Flex, Popconfirm, Spin, Tag, Typography } from 'antd';
import { errorMessage } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { H5Page } from '../../../h5/H5Page';
import { SIGNUP_STATE_LABELS, activityTime } from '../volunteer-format';
import { useActivities, useCancelSignUp, useSignUp } from '../volunteer-queries';

function ActivityCard({ a }: { a: ActivityListItem }) {
  const signUp = useSignUp();
  const cancel = useCancelSignUp();
  const { message } = App.useApp();
  const mine = a.mySignUp;
  const full = a.signedUpCount >= a.capacity;
  const join = () =>
    signUp
      .mutateAsync(a.id)
      .then((d) => message.success(d.mySignUp && isWaitlisted(d.mySignUp.state) ? `名额已满，您已进入候补第 ${d.mySignUp.waitlistPosition} 位` : '报名成功'))
      .catch((e) => message.error(errorMessage(e)));
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={a.title}
      extra={mine ? <Tag color={SIGNUP_STATE_LABELS[mine.state].color}>{SIGNUP_STATE_LABELS[mine.state].text}</Tag> : null}
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>{activityTime(a.startsAt, a.endsAt)}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {a.place} · 已报 {a.signedUpCount}/{a.capacity}
        {a.waitlistCount ? ` · 候补 ${a.waitlistCount} 人` : ''}
      </Typography.Paragraph>
      {mine?.waitlistPosition ? (
        <Typography.Paragraph type="warning">您在候补第 {mine.waitlistPosition} 位，有人取消时自动递补并通知您。</Typography.Paragraph>
      ) : null}
      <Flex gap={8} role="toolbar" aria-label="报名操作">
        {a.canSignUp ? (
          <Button type="primary" block loading={signUp.isPending} onClick={join}>
            {full ? '报名候补' : '我要报名'}
          </Button>
        ) : null}
        {mine?.allowedActions.includes('cancel') ? (
          <Popconfirm
            title="确定取消报名？"
            onConfirm={() => cancel.mutateAsync({ id: mine.id, version: mine.version }).catch((e) => message.error(errorMessage(e)))}
            okText="取消报名"
            cancelText="再想想"
          >
            <Button block danger loading={cancel.isPending}>
              取消报名
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
    </Card>
  );
}

/** 志愿活动 for party members: upcoming activities of their community to join, with waitlist position and cancel. */
export function H5ActivitiesPage() {
  const list = useActivities('upcoming');
  return (
    <H5Page title="志愿活动">
      {list.error ? <ErrorAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.isLoading ? <Spin /> : null}
      {list.data && list.data.items.length === 0 ? <Empty description="近期没有可报名的活动，社区发布新活动后会通知您。" /> : null}
      {list.data?.items.map((a) => (
        <ActivityCard key={a.id} a={a} />
      ))}
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        活动当天请到服务站扫描屏幕上的二维码签到、签退，服务时长和积分自动记入。
      </Typography.Paragraph>
    </H5Page>
  );
}
