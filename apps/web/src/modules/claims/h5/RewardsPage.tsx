import { App, Button, Card, Empty, Flex, Popconfirm, Skeleton, Typography } from 'antd';
import { errorMessage } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { H5Page } from '../../../h5/H5Page';
import { useMyPoints, useRedeem, useRewards } from './claims-queries';

/**
 * 积分兑换: the rewards of the member's community with cost and stock, and the balance; 兑换 is
 * offered when there is stock and enough points. The server has the last word (a reward can run
 * out meanwhile): its message is shown and stock and balance reload either way.
 */
export function RewardsPage() {
  const { message } = App.useApp();
  const rewards = useRewards();
  const points = useMyPoints();
  const redeem = useRedeem();
  const balance = points.data?.balance ?? 0;

  const onRedeem = (id: string, name: string) =>
    redeem.mutate(id, {
      onSuccess: (r) => message.success(`已兑换「${name}」，剩余积分 ${r.balance}，请到社区党群服务中心领取`),
      onError: (e) => message.error(errorMessage(e)),
    });

  return (
    <H5Page title="积分兑换">
      <Flex vertical gap={12}>
        <Card variant="borderless" size="small">
          <Flex justify="space-between" align="center">
            <Typography.Text>我的积分</Typography.Text>
            <Typography.Text strong aria-label="积分余额" style={{ fontSize: 24, color: '#c8161d' }}>
              {points.isPending ? '…' : balance}
            </Typography.Text>
          </Flex>
        </Card>
        {rewards.isError && <ErrorAlert error={rewards.error} onRetry={() => rewards.refetch()} />}
        {rewards.isPending ? (
          <Card variant="borderless">
            <Skeleton active />
          </Card>
        ) : (rewards.data ?? []).length === 0 ? (
          <Card variant="borderless">
            <Empty description="社区还没有上架奖品，请留意社区通知。" />
          </Card>
        ) : (
          <Flex vertical gap={8} role="list" aria-label="奖品">
            {(rewards.data ?? []).map((r) => {
              const out = r.stock <= 0;
              const short = balance < r.cost;
              return (
                <Card key={r.id} role="listitem" variant="borderless" size="small">
                  <Flex justify="space-between" align="center" gap={8}>
                    <div style={{ minWidth: 0 }}>
                      <Typography.Text strong style={{ fontSize: 16 }}>
                        {r.name}
                      </Typography.Text>
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {r.cost} 积分 · 剩余 {r.stock} 件 · {r.communityName}
                      </Typography.Text>
                    </div>
                    {out ? (
                      <Button size="large" disabled>
                        已兑完
                      </Button>
                    ) : short ? (
                      <Button size="large" disabled>
                        积分不足
                      </Button>
                    ) : (
                      <Popconfirm title={`用 ${r.cost} 积分兑换「${r.name}」？`} okText="兑换" cancelText="再想想" onConfirm={() => onRedeem(r.id, r.name)}>
                        <Button type="primary" size="large" loading={redeem.isPending && redeem.variables === r.id}>
                          兑换
                        </Button>
                      </Popconfirm>
                    )}
                  </Flex>
                </Card>
              );
            })}
          </Flex>
        )}
      </Flex>
    </H5Page>
  );
}
