import { QrcodeOutlined } from '@ant-design/icons';
import type { SignUpRowView } from '@linli/shared';
import { App, Button, Card, Descriptions, Popconfirm, Table, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { SIGNUP_STATE_LABELS, activityTime, hoursText } from './volunteer-format';
import { useActivity, useCancelSignUp } from './volunteer-queries';
import { formatTime } from '../../ui/time-format';

const time = (v: string | null) => (v ? formatTime(v) : '—');

/** One activity: details, the sign-ups in queue order (places first, then the waitlist) and the way to the check-in QR screen. */
export function ActivityDetailPage() {
  const { id = '' } = useParams();
  const activity = useActivity(id);
  const cancel = useCancelSignUp();
  const { message } = App.useApp();
  if (activity.error) return <ErrorAlert error={activity.error} onRetry={() => activity.refetch()} />;
  if (!activity.data) return <PageSkeleton />;
  const a = activity.data;
  const doCancel = async (row: SignUpRowView) => {
    try {
      await cancel.mutateAsync({ id: row.id, version: row.version });
      message.success('已取消，候补第一位已自动递补');
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <>
      <PageHeader
        title={a.title}
        description={<Link to="/volunteers/activities">返回活动列表</Link>}
        extra={
          a.canManage ? (
            <Link to={`/volunteers/activities/${a.id}/qr`}>
              <Button type="primary" icon={<QrcodeOutlined />}>
                签到二维码
              </Button>
            </Link>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="社区">{a.communityName}</Descriptions.Item>
          <Descriptions.Item label="地点">{a.place}</Descriptions.Item>
          <Descriptions.Item label="时间">{activityTime(a.startsAt, a.endsAt)}</Descriptions.Item>
          <Descriptions.Item label="名额">
            已报 {a.signedUpCount} / {a.capacity}，候补 {a.waitlistCount} 人
          </Descriptions.Item>
          {a.description ? <Descriptions.Item label="说明">{a.description}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
      {a.canManage ? (
        <Card title="报名名单">
          <Table<SignUpRowView>
            rowKey="id"
            dataSource={a.signUps}
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
        </Card>
      ) : null}
    </>
  );
}
