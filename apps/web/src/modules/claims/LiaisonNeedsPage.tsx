import { PlusOutlined } from '@ant-design/icons';
import { NEED_DOMAIN_LABELS, NEED_DOMAINS, type NeedDomain, type NeedListItem } from '@linli/shared';
import { Button, Card, Flex, Select, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import { ClaimNeedButton } from './ClaimNeedButton';
import { formatDate } from './claims-format';
import { KeysetTable } from '../../ui/KeysetTable';
import { useNeedList } from './need-queries';
import { usePartnerUnits } from './partner-queries';
import { ResourceCreateModal } from './ResourceCreateModal';
import { ResourceTable } from './ResourceListPage';

const columns: TableColumnsType<NeedListItem> = [
  { title: '需求', key: 'title', render: (_, n) => <Link to={`/partner/needs/${n.id}`}>{n.title}</Link> },
  { title: '领域', dataIndex: 'domain', width: 100, render: (d: NeedDomain) => NEED_DOMAIN_LABELS[d] },
  { title: '社区', dataIndex: 'communityName', width: 120 },
  { title: '发布日期', dataIndex: 'createdAt', width: 110, render: (v: string) => formatDate(v) },
  { title: '操作', key: 'claim', width: 90, render: (_, n) => <ClaimNeedButton need={n} size="small" /> },
];

function OpenNeeds() {
  const [domain, setDomain] = useState<NeedDomain | undefined>();
  const { list, rows } = useNeedList({ state: 'open', domain });
  return (
    <>
      <Flex gap={12} style={{ marginBottom: 16 }}>
        <Select<NeedDomain>
          allowClear
          placeholder="全部领域"
          aria-label="领域"
          value={domain}
          onChange={setDomain}
          options={NEED_DOMAINS.map((d) => ({ value: d, label: NEED_DOMAIN_LABELS[d] }))}
          style={{ width: 130 }}
        />
      </Flex>
      <KeysetTable
        list={list}
        rows={rows}
        columns={columns}
        empty={
          domain
            ? '这个领域暂时没有待认领的需求，换个领域看看。'
            : '报到社区暂时没有待认领的需求。社区发布新需求后会出现在这里，也可以把本单位能提供的资源登记到「资源清单」。'
        }
        unit="条"
      />
    </>
  );
}

/** 社区需求 for a partner unit's liaison: open needs of the communities the unit is registered with (claim one), and their resources list. */
export function LiaisonNeedsPage() {
  const [open, setOpen] = useState(false);
  const units = usePartnerUnits();
  return (
    <>
      <PageHeader title="社区需求" description="本单位报到社区发布的需求，一条需求只能由一个单位认领，先到先得。" />
      <Card variant="borderless">
        <Tabs
          items={[
            { key: 'needs', label: '待认领需求', children: <OpenNeeds /> },
            {
              key: 'resources',
              label: '资源清单',
              children: (
                <>
                  <Flex justify="flex-end" style={{ marginBottom: 12 }}>
                    <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
                      登记本单位资源
                    </Button>
                  </Flex>
                  <ResourceTable emptyText="报到社区还没有登记资源。本单位能提供场地、物资或专业服务的，点「登记本单位资源」。" />
                </>
              ),
            },
          ]}
        />
      </Card>
      <ResourceCreateModal open={open} units={units.rows} onClose={() => setOpen(false)} />
    </>
  );
}
