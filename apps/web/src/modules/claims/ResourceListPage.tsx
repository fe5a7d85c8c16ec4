import { PlusOutlined } from '@ant-design/icons';
import { RESOURCE_KIND_LABELS, type ResourceKind, type ResourceView } from '@linli/shared';
import { Button, Card, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../ui/PageHeader';
import { formatDate } from './claims-format';
import { CommunityFilter, useCommunityParam } from './CommunityFilter';
import { KeysetTable } from '../../ui/KeysetTable';
import { usePartnerUnits, useResourceList } from './partner-queries';
import { ResourceCreateModal } from './ResourceCreateModal';

const columns: TableColumnsType<ResourceView> = [
  { title: '资源', dataIndex: 'title' },
  { title: '类型', dataIndex: 'kind', width: 100, render: (k: ResourceKind) => RESOURCE_KIND_LABELS[k] },
  { title: '提供单位', dataIndex: 'unitName', width: 180 },
  { title: '服务社区', dataIndex: 'communityName', width: 120 },
  { title: '说明', dataIndex: 'description', ellipsis: true },
  { title: '登记日期', dataIndex: 'createdAt', width: 110, render: (v: string) => formatDate(v) },
];

/** The resources table with 加载更多 and an empty state saying what to do. */
export function ResourceTable({ emptyText, communityId }: { emptyText: string; communityId?: string }) {
  const { list, rows } = useResourceList(communityId);
  return (
    <>
      <KeysetTable list={list} rows={rows} columns={columns} empty={emptyText} unit="项" />
    </>
  );
}

/** 资源清单: what registered units offer the communities (rooms, funds, professional services, volunteers, goods). */
export function ResourceListPage() {
  const [open, setOpen] = useState(false);
  const units = usePartnerUnits();
  const communityId = useCommunityParam();
  return (
    <>
      <PageHeader
        title="资源清单"
        description="共建单位能为社区提供的场地、资金、专业服务、志愿者和物资。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            登记资源
          </Button>
        }
      />
      <Card variant="borderless">
        <CommunityFilter bar />
        <ResourceTable
          communityId={communityId}
          emptyText={communityId ? '这个社区还没有登记资源。' : '资源清单还是空的。和报到单位商量好能提供什么后，点「登记资源」录入。'}
        />
      </Card>
      <ResourceCreateModal open={open} units={units.rows} onClose={() => setOpen(false)} />
    </>
  );
}
