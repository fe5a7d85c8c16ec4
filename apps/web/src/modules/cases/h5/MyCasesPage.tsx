import { CameraOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { CaseStateTag } from '../CaseTags';
import { formatTime } from '../case-format';
import { useCaseList } from '../case-queries';
import { H5Page } from '../../../h5/H5Page';

const MINE = { mine: 'reported' } as const;

/** 我的反映: the resident's own reports, newest first, each with its state; tap for progress and rating. */
export function MyCasesPage() {
  const list = useCaseList(MINE);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);

  return (
    <H5Page title="我的反映">
      {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
      {list.isPending ? (
        <Card variant="borderless">
          <Skeleton active />
        </Card>
      ) : rows.length === 0 && !list.isError ? (
        <Card variant="borderless">
          <Empty description="您还没有反映过问题。发现身边的问题，拍张照告诉我们。">
            <Link to="/h5/report">
              <Button type="primary" icon={<CameraOutlined />}>
                我要反映
              </Button>
            </Link>
          </Empty>
        </Card>
      ) : (
        <Flex vertical gap={8}>
          {rows.map((c) => (
            <Link key={c.id} to={`/h5/cases/${c.id}`} style={{ color: 'inherit' }}>
              <Card variant="borderless" size="small" hoverable>
                <Flex justify="space-between" align="center" gap={8}>
                  <div style={{ minWidth: 0, flex: 1 }}>
                    <Flex justify="space-between" align="flex-start" gap={8}>
                      <Typography.Text strong ellipsis>
                        {c.title}
                      </Typography.Text>
                      <CaseStateTag state={c.state} />
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatTime(c.submittedAt)} · 编号 {c.caseNo}
                      {c.supporters > 0 ? ` · ${c.supporters}人也遇到` : ''}
                    </Typography.Text>
                  </div>
                  <RightOutlined style={{ color: '#bfbfbf' }} />
                </Flex>
              </Card>
            </Link>
          ))}
          {list.hasNextPage ? (
            <Button block onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
              加载更多
            </Button>
          ) : (
            <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12 }}>
              已全部显示
            </Typography.Text>
          )}
        </Flex>
      )}
    </H5Page>
  );
}
