import { QrcodeOutlined } from '@ant-design/icons';
import type { ActivityDetail, SignUpRowView } from '@linli/shared';
import { App, Button, Card, Descriptions, Popconfirm, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { DetailPage } from '../../ui/DetailPage';
import { formatTime } from '../../ui/time-format';
import { SIGNUP_STATE_LABELS, activityTime, hoursText } from './volunteer-format';
import { useActivity, useCancelSignUp } from './volunteer-queries';

const time = (v: string | null) => (v ? formatTime(v) : '—');

const MISSING = { title: '没有找到这个活动', hint: '活动可能已删除，或不在您的管辖范围内。', backTo: '/volunteers/activities', backLabel: '回到志愿活动' };

/** The sign-ups in queue order, with cancel where the server allows it (staff of the activity's community only). */
function SignUpTable({ activity }: { activity: ActivityDetail }) {
  const cancel = useCancelSignUp();
  const { message } = App.useApp();
  const doCancel = async (row: SignUpRowView) => {
    try {
      await cancel.mutateAsync({ id: row.id, version: row.version });
      message.success('已取消，候补第一位已自动递补');
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Table<SignUpRowView>
      rowKey="id"
      dataSource={activity.signUps}
      pagination={false}
      locale={{ emptyText: '还没有人报名。活动已推送给本社区报到党员，他们在手机「志愿活动」里报名。' }}
      columns={[
        { title: '序号', dataIndex: 'queueNo', width: 70 },
        { title: '姓名', dataIndex: 'userName' },
        {
          title: '状态',
          dataIndex: 'state',
          render: (s: SignUpRowView['state']) => <Tag color={SIGNUP_STATE_LABELS[s].color}>{SIGNUP_STATE_LABELS[s].text}</Tag>,
        },
        { title: '签到', dataIndex: 'checkInAt', render: time },
        { title: '签退', dataIndex: 'checkOutAt', render: time },
        { title: '服务时长', dataIndex: 'minutes', render: (m: number | null) => (m === null ? '—' : hoursText(m)) },
        {
          title: '操作',
          key: 'actions',
          render: (_, row) =>
            row.allowedActions.includes('cancel') ? (
              <Popconfirm
                title={`取消 ${row.userName} 的报名？`}
                description="如有候补，第一位将自动递补。"
                onConfirm={() => doCancel(row)}
                okText="取消报名"
                cancelText="不取消"
              >
                <Button size="small" danger>
                  取消报名
                </Button>
              </Popconfirm>
            ) : null,
        },
      ]}
    />
  );
}

/** One activity on the shared detail layout: its places, what staff of its community may do (the check-in QR), the sign-up list and the facts. */
export function ActivityDetailPage() {
  const { id = '' } = useParams();
  const query = useActivity(id);
  return (
    <DetailPage query={query} missing={MISSING}>
      {(a) => ({
        title: a.title,
        description: `${a.communityName} · ${activityTime(a.startsAt, a.endsAt)}`,
        status: (
          <>
            <Tag color="blue">
              已报 {a.signedUpCount} / {a.capacity}
            </Tag>
            <Tag color={a.waitlistCount > 0 ? 'orange' : 'default'}>候补 {a.waitlistCount} 人</Tag>
          </>
        ),
        actions: a.canManage ? (
          <Link to={`/volunteers/activities/${a.id}/qr`}>
            <Button type="primary" icon={<QrcodeOutlined />}>
              签到二维码
            </Button>
          </Link>
        ) : (
          <Typography.Text type="secondary">您可以查看这个活动；报名名单和签到二维码由管辖它的工作人员管理，党员在手机「志愿活动」里报名。</Typography.Text>
        ),
        main: (
          <>
            <Card variant="borderless" title="活动说明">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{a.description || '没有填写说明。'}</Typography.Paragraph>
            </Card>
            {a.canManage && (
              <Card variant="borderless" title="报名名单">
                <SignUpTable activity={a} />
              </Card>
            )}
          </>
        ),
        side: (
          <Card variant="borderless" title="活动信息" size="small">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="社区">{a.communityName}</Descriptions.Item>
              <Descriptions.Item label="地点">{a.place}</Descriptions.Item>
              <Descriptions.Item label="时间">{activityTime(a.startsAt, a.endsAt)}</Descriptions.Item>
              <Descriptions.Item label="名额">
                已报 {a.signedUpCount} / {a.capacity}，候补 {a.waitlistCount} 人
              </Descriptions.Item>
            </Descriptions>
          </Card>
        ),
      })}
    </DetailPage>
  );
}
