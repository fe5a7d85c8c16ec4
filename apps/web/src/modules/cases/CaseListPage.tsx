import { PlusOutlined } from '@ant-design/icons';
import { CASE_DESK_ROLES, CASE_STATE_LABELS, CASE_STATES, type CaseState } from '@linli/shared';
import { Button, Card, Empty, Flex, Grid, Input, Segmented, Select, Table } from 'antd';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { ExportButton } from '../../ui/export/ExportButton';
import { useMe, hasAnyRole } from '../auth';
import { AreaTreeSelect } from '../org';
import { CaseCards } from './CaseCards';
import { caseColumns } from './case-columns';
import { requestCaseExport, useCaseList, type CaseFilters } from './case-queries';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';

function asState(v: string | null): CaseState | undefined {
  return v && (CASE_STATES as readonly string[]).includes(v) ? (v as CaseState) : undefined;
}

/** 案件列表: every case in the caller's scope, filtered by state, overdue, area and words; Excel export; load more by cursor. */
export function CaseListPage() {
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const filters: CaseFilters = useMemo(
    () => ({
      state: asState(params.get('state')),
      overdue: params.get('overdue') === 'true' ? true : params.get('overdue') === 'false' ? false : undefined,
      nodeId: params.get('nodeId') ?? undefined,
      q: params.get('q') ?? undefined,
      mine: params.get('mine') === 'assigned' ? 'assigned' : undefined,
    }),
    [params],
  );
  const list = useCaseList(filters);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const columns = useMemo(() => caseColumns(), []);
  const filtered = Boolean(filters.state || filters.overdue !== undefined || filters.nodeId || filters.q || filters.mine);
  const mayRegister = me ? hasAnyRole(me, CASE_DESK_ROLES) : false;
  const isPhone = Grid.useBreakpoint().md === false;
  const empty = filtered ? '没有符合条件的案件。请换个关键词，或清除筛选条件再试。' : '您管辖的范围内还没有案件。居民上报或您登记的案件会出现在这里。';

  const setParam = (entries: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(entries)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="案件列表"
        description="您管辖范围内的全部案件，最新上报的在前。"
        extra={
          <>
            <ExportButton
              target={{ job: () => requestCaseExport(filters) }}
              disabled={rows.length === 0}
              hint="按当前筛选条件导出全部案件；条数多时在后台生成，完成后下载"
            />
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
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            placeholder="案件编号或关键词"
            allowClear
            enterButton="查询"
            onSearch={(v) => setParam({ q: v.trim() || undefined })}
            style={{ width: 280, maxWidth: '100%' }}
          />
          <Select<CaseState>
            allowClear
            placeholder="全部状态"
            value={filters.state}
            onChange={(v) => setParam({ state: v })}
            options={CASE_STATES.map((s) => ({ value: s, label: CASE_STATE_LABELS[s] }))}
            style={{ width: 130 }}
            aria-label="状态"
          />
          <Select<'true' | 'false'>
            allowClear
            placeholder="是否超期"
            value={filters.overdue === undefined ? undefined : filters.overdue ? 'true' : 'false'}
            onChange={(v) => setParam({ overdue: v })}
            options={[
              { value: 'true', label: '已超期' },
              { value: 'false', label: '未超期' },
            ]}
            style={{ width: 120 }}
            aria-label="是否超期"
          />
          <div style={{ width: 260, maxWidth: '100%' }}>
            <AreaTreeSelect
              allowClear
              placeholder="按街道、社区、网格筛选"
              value={filters.nodeId ? { value: filters.nodeId, label: params.get('nodeName') ?? '所选区域' } : null}
              onChange={(v) => setParam({ nodeId: v?.value, nodeName: v?.label })}
            />
          </div>
          <Segmented
            value={filters.mine ?? 'all'}
            onChange={(v) => setParam({ mine: v === 'assigned' ? 'assigned' : undefined })}
            options={[
              { value: 'all', label: '全部' },
              { value: 'assigned', label: '我承办的' },
            ]}
          />
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        {isPhone ? (
          <CaseCards rows={rows} loading={list.isPending} empty={empty} />
        ) : (
          <Table
            rowKey="id"
            size="middle"
            loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
            dataSource={rows}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={empty} /> }}
          />
        )}
        <LoadMoreFooter count={rows.length} unit="件" list={list} />
      </Card>
    </>
  );
}
