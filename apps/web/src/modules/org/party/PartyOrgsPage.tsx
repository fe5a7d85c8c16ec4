import { PARTY_ORG_KIND_LABELS, type PartyOrgView } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { App, Card, Empty, Spin, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../api/api-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { fetchPartyOrgs, orgKeys, usePartyOrgRoots } from '../org-queries';
import { buildPartyTree, type PartyOrgRow } from './party-tree';

const KIND_COLORS: Record<PartyOrgView['kind'], string> = {
  districtCommittee: 'red',
  workingCommittee: 'volcano',
  communityCommittee: 'orange',
  branch: 'gold',
  group: 'lime',
  centralHousehold: 'green',
};

/** 党组织: the party organisation tree mirrored on the area tree; children load when a row is opened. */
export function PartyOrgsPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const roots = usePartyOrgRoots();
  const [loaded, setLoaded] = useState<Map<string, PartyOrgView[]>>(new Map());
  const [loading, setLoading] = useState<Set<string>>(new Set());
  const tree = useMemo(() => buildPartyTree(roots.data ?? [], loaded), [roots.data, loaded]);

  const loadChildren = async (row: PartyOrgRow) => {
    if (loaded.has(row.id) || loading.has(row.id)) return;
    setLoading((s) => new Set(s).add(row.id));
    try {
      const kids = await client.fetchQuery({ queryKey: orgKeys.party(row.id), queryFn: () => fetchPartyOrgs(row.id) });
      setLoaded((m) => new Map(m).set(row.id, kids));
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setLoading((s) => {
        const next = new Set(s);
        next.delete(row.id);
        return next;
      });
    }
  };

  return (
    <>
      <PageHeader title="党组织" description="街道党工委、社区党委、网格党支部、楼栋党小组和党员中心户，点击左侧箭头展开下级。" />
      <Card variant="borderless">
        {roots.isError && <ErrorAlert error={roots.error} onRetry={() => roots.refetch()} />}
        <Table<PartyOrgRow>
          rowKey="id"
          loading={roots.isPending}
          dataSource={tree}
          pagination={false}
          scroll={{ x: 600 }}
          expandable={{ onExpand: (expanded, row) => void (expanded && loadChildren(row)) }}
          locale={{ emptyText: <Empty description="您管辖范围内还没有登记党组织，请联系区委组织部或系统管理员录入。" /> }}
          columns={[
            {
              title: '党组织名称',
              dataIndex: 'name',
              render: (name: string, row) => (
                <>
                  {name}
                  {loading.has(row.id) && <Spin size="small" style={{ marginInlineStart: 8 }} />}
                </>
              ),
            },
            {
              title: '类型',
              dataIndex: 'kind',
              width: 130,
              render: (k: PartyOrgView['kind']) => <Tag color={KIND_COLORS[k]}>{PARTY_ORG_KIND_LABELS[k]}</Tag>,
            },
            { title: '下级组织', dataIndex: 'childCount', width: 90, align: 'right' },
            {
              title: '对应区域',
              dataIndex: 'areaNodeId',
              width: 110,
              render: (id: string | null) => (id ? <Link to={`/org/${id}`}>查看区域</Link> : '—'),
            },
          ]}
        />
      </Card>
    </>
  );
}
