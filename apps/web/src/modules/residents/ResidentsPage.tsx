import { SPECIAL_TAG_LABELS, SPECIAL_TAG_READER_ROLES, SPECIAL_TAGS, type SpecialTag } from '@linli/shared';
import { Card, Empty, Flex, Input, Select, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { ExportButton } from '../../ui/export/ExportButton';
import { useMe, hasAnyRole } from '../auth';
import { useOrgNode } from '../org';
import { residentColumns } from './resident-columns';
import { requestResidentExport, useResidentList, type ResidentFilters } from './resident-queries';
import { LoadMoreFooter } from '../../ui/LoadMoreFooter';

function asTag(value: string | null): SpecialTag | undefined {
  return value && (SPECIAL_TAGS as readonly string[]).includes(value) ? (value as SpecialTag) : undefined;
}

/** 居民信息: search residents in scope by name or phone, filter by tag or area, load more, export (masked). */
export function ResidentsPage() {
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const filters: ResidentFilters = useMemo(
    () => ({ q: params.get('q') ?? undefined, tag: asTag(params.get('tag')), nodeId: params.get('nodeId') ?? undefined }),
    [params],
  );
  const list = useResidentList(filters);
  const scopeNode = useOrgNode(filters.nodeId);
  const mayFilterTags = me ? hasAnyRole(me, SPECIAL_TAG_READER_ROLES) : false;

  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const columns = useMemo(() => residentColumns(rows, { address: true }), [rows]);
  const filtered = Boolean(filters.q || filters.tag || filters.nodeId);

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="居民信息"
        description="列表中的手机号和身份证号已脱敏；查看完整信息请进入居民详情，每次查看都会被记录。"
        extra={
          <ExportButton
            target={{ job: () => requestResidentExport(filters) }}
            disabled={rows.length === 0}
            hint="按当前筛选条件导出全部居民（手机号、身份证号脱敏）；人数多时在后台生成，完成后下载"
          />
        }
      />
      <Card variant="borderless">
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            placeholder="输入姓名或手机号"
            allowClear
            enterButton="查询"
            onSearch={(v) => setParam('q', v.trim() || undefined)}
            style={{ width: 320, maxWidth: '100%' }}
          />
          {mayFilterTags && (
            <Select<SpecialTag>
              allowClear
              placeholder="按特殊人群筛选"
              value={filters.tag}
              onChange={(v) => setParam('tag', v)}
              options={SPECIAL_TAGS.map((t) => ({ value: t, label: SPECIAL_TAG_LABELS[t] }))}
              style={{ width: 180 }}
            />
          )}
          {filters.nodeId && (
            <Tag closable color="red" onClose={() => setParam('nodeId', undefined)} style={{ alignSelf: 'center', paddingBlock: 4 }}>
              区域：{scopeNode.data?.name ?? '…'}
            </Tag>
          )}
        </Flex>
        {list.isError && <ErrorAlert error={list.error} onRetry={() => list.refetch()} />}
        <Table
          rowKey="id"
          size="middle"
          loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
          dataSource={rows}
          columns={columns}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <Empty
                description={
                  filtered
                    ? '没有找到符合条件的居民。请换个姓名或手机号，或清除筛选条件再试。'
                    : '您管辖的区域还没有登记居民。请在「一张表导入」中上传住户台账。'
                }
              />
            ),
          }}
        />
        <LoadMoreFooter count={rows.length} unit="人" list={list} />
      </Card>
    </>
  );
}
