import { CrownOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDateTime } from '../../../ui/time-format';
import { H5Page } from '../../../h5/H5Page';
import { useMyPoints } from './claims-queries';
import { pointReasonLabel } from './wish-format';

/** 我的积分: the balance in large type and the ledger lines, newest first (earned in green, spent in grey). */
export function MyPointsPage() {
  const points = useMyPoints();
  return (
    <H5Page title="我的积分">
      {points.isError && <ErrorAlert error={points.error} onRetry={() => points.refetch()} />}
      {points.isPending ? (
        <Card variant="borderless">
          <Skeleton active />
        </Card>
      ) : points.data ? (
        <Flex vertical gap={12}>
          <Card variant="borderless" style={{ background: 'linear-gradient(160deg, #c8161d, #e04a3f)' }}>
            <Typography.Text style={{ color: 'rgba(255,255,255,0.85)' }}>当前积分</Typography.Text>
            <div aria-label="积分余额" style={{ color: '#fff', fontSize: 40, fontWeight: 600, lineHeight: 1.3 }}>
              {points.data.balance}
            </div>
            <Link to="/h5/rewards">
              <Button ghost size="large" icon={<CrownOutlined />} style={{ marginTop: 8 }}>
                积分兑换
              </Button>
            </Link>
          </Card>
          <Card variant="borderless" size="small" title="积分明细">
            {points.data.items.length === 0 ? (
              <Empty description="还没有积分记录。认领心愿、参加志愿服务并经确认后就能得到积分。" />
            ) : (
              <Flex vertical role="list" aria-label="积分明细">
                {points.data.items.map((e, i) => (
                  <Flex
                    key={e.id}
                    role="listitem"
                    justify="space-between"
                    align="center"
                    style={{ padding: '12px 0', borderTop: i > 0 ? '1px solid #f5f5f5' : undefined }}
                  >
                    <div>
                      <Typography.Text>{pointReasonLabel(e.reason)}</Typography.Text>
                      <br />
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(e.at)}
                      </Typography.Text>
                    </div>
                    <Typography.Text strong style={{ fontSize: 18, color: e.delta > 0 ? '#389e0d' : '#8c8c8c' }}>
                      {e.delta > 0 ? `+${e.delta}` : e.delta}
                    </Typography.Text>
                  </Flex>
                ))}
              </Flex>
            )}
          </Card>
        </Flex>
      ) : null}
    </H5Page>
  );
}
