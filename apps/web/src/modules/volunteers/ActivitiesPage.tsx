import { PlusOutlined } from '@ant-design/icons';
import type { ActivityListItem } from '@linli/shared';
import { Button, Card, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { CreateActivityModal } from './CreateActivityModal';
import { activityTime } from './volunteer-format';
import { useActivities } from './volunteer-queries';

/** 志愿活动: upcoming and past activities with places and waitlist; staff publish new ones. */
export function ActivitiesPage() {
  const [when, setWhen] = useState<'upcoming' | 'past'>('upcoming');
  const [creating, setCreating] = useState(false);
  const list = useActivities(when);
  const navigate = useNavigate();
  return (
    <>
      <PageHeader
        title="志愿活动"
        description="发布活动、查看报名和候补，活动当天在党群服务站打开签到二维码。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            发布活动
          </Button>
        }
      />
      {list.error ? <ErrorAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        <Segmented
          value={when}
          onChange={(v) => setWhen(v as 'upcoming' | 'past')}
          options={[
            { label: '进行中和即将开始', value: 'upcoming' },
            { label: '已结束', value: 'past' },
          ]}
          style={{ marginBottom: 16 }}
        />
        <Table<ActivityListItem>
          rowKey="id"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: when === 'upcoming' ? '还没有即将开始的活动。点右上角「发布活动」，社区报到党员就能在手机上报名。' : '还没有已结束的活动。' }}
          columns={[
            { title: '活动', dataIndex: 'title', render: (title: string, a) => <Link to={`/volunteers/activities/${a.id}`}>{title}</Link> },
            { title: '社区', dataIndex: 'communityName' },
            { title: '时间', key: 'time', render: (_, a) => activityTime(a.startsAt, a.endsAt) },
            { title: '地点', dataIndex: 'place' },
            { title: '报名', key: 'places', render: (_, a) => `${a.signedUpCount} / ${a.capacity}` },
            { title: '候补', dataIndex: 'waitlistCount', render: (n: number) => (n ? <Tag color="orange">{n} 人</Tag> : '—') },
          ]}
        />
      </Card>
      <CreateActivityModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          navigate(`/volunteers/activities/${id}`);
        }}
      />
    </>
  );
}
