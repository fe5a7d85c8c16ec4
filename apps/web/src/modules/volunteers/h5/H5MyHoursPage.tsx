import { Card, Empty, List, Spin, Statistic } from 'antd';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { H5Page } from '../../../h5/H5Page';
import { hoursText } from '../volunteer-format';
import { useMyHours } from '../volunteer-queries';
import { formatDate } from '../../../ui/time-format';

/** 我的服务时长: credited hours per activity and the total. */
export function H5MyHoursPage() {
  const hours = useMyHours();
  return (
    <H5Page title="我的服务时长">
      {hours.error ? <ErrorAlert error={hours.error} onRetry={() => hours.refetch()} /> : null}
      {hours.isLoading ? <Spin /> : null}
      {hours.data ? (
        <>
          <Card style={{ marginBottom: 12 }}>
            <Statistic title="累计志愿服务" value={Math.round((hours.data.totalMinutes / 60) * 10) / 10} suffix="小时" />
          </Card>
          {hours.data.items.length === 0 ? (
            <Empty description="还没有记入的服务时长。报名志愿活动，到场扫码签到、签退后就会记入。" />
          ) : (
            <List
              bordered
              style={{ background: '#fff' }}
              dataSource={hours.data.items}
              renderItem={(i) => (
                <List.Item extra={hoursText(i.minutes)}>
                  <List.Item.Meta title={i.title} description={`${i.communityName} · ${formatDate(i.startsAt)}`} />
                </List.Item>
              )}
            />
          )}
        </>
      ) : null}
    </H5Page>
  );
}
