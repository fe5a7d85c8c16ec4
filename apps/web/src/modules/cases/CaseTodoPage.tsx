import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Grid, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useMe, hasAnyRole } from '../auth';
import { CaseCards } from './CaseCards';
import { caseColumns } from './case-columns';
import { useCaseTodo } from './case-queries';
import { CASE_DESK_ROLES } from '@linli/shared';

/** 我的待办: the cases waiting for the caller's next step, overdue and warned first. */
export function CaseTodoPage() {
  const { data: me } = useMe();
  const todo = useCaseTodo();
  const columns = useMemo(() => caseColumns({ next: true }), []);
  const items = todo.data?.items ?? [];
  const total = todo.data?.total ?? 0;
  const mayRegister = me ? hasAnyRole(me, CASE_DESK_ROLES) : false;
  const isPhone = Grid.useBreakpoint().md === false;
  const empty = '暂无待办，新上报的案件会出现在这里';

  return (
    <>
      <PageHeader
        title="我的待办"
        description="需要您办理下一步的案件，已超期和即将到期的排在最前。每分钟自动刷新。"
        extra={
          <>
            <Button icon={<ReloadOutlined />} loading={todo.isFetching} onClick={() => todo.refetch()}>
              刷新
            </Button>
            {mayRegister && (
              <Link to="/cases/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  登记案件
                </Button>
              </Link>
            )}
          </>
        }
      />
      <Card variant="borderless">
        {todo.isError && <ErrorAlert error={todo.error} onRetry={() => todo.refetch()} />}
        {total > 0 && (
          <Typography.Paragraph type="secondary">
            共 {total} 件待办{total > items.length ? `，先显示最紧急的 ${items.length} 件` : ''}
          </Typography.Paragraph>
        )}
        {isPhone ? (
          <CaseCards rows={items} loading={todo.isPending} empty={empty} />
        ) : (
          <Table
            rowKey="id"
            size="middle"
            loading={todo.isPending}
            dataSource={items}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={empty} /> }}
          />
        )}
      </Card>
    </>
  );
}
