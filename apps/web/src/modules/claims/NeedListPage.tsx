import { PlusOutlined } from '@ant-design/icons';
import {
  NEED_DOMAIN_LABELS,
  NEED_DOMAINS,
  NEED_KIND_LABELS,
  NEED_KINDS,
  NEED_SOURCE_LABELS,
  NEED_STATE_LABELS,
  NEED_STATES,
  type NeedDomain,
  type NeedKind,
  type NeedListItem,
  type NeedSource,
  type NeedState,
} from '@linli/shared';
import { Button, Card, Flex, Select, Tag, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import { formatTime } from './claims-format';
import { NeedStateTag } from './ClaimsTags';
import { CommunityFilter, useCommunityParam } from './CommunityFilter';
import { KeysetTable } from '../../ui/KeysetTable';
import { useNeedList } from './need-queries';

const columns: TableColumnsType<NeedListItem> = [
  {
    title: '需求',
    key: 'title',
    render: (_, n) => (
      <>
        <Link to={`/claims/needs/${n.id}`}>{n.title}</Link>
        {n.kind === 'project' && (
          <Tag color="red" bordered={false} style={{ marginLeft: 6 }}>
            {NEED_KIND_LABELS.project}
          </Tag>
        )}
      </>
    ),
  },
  { title: '状态', dataIndex: 'state', width: 90, render: (s: NeedState) => <NeedStateTag state={s} /> },
  { title: '领域', dataIndex: 'domain', width: 100, render: (d: NeedDomain) => NEED_DOMAIN_LABELS[d] },
  { title: '来源', dataIndex: 'source', width: 90, render: (s: NeedSource) => NEED_SOURCE_LABELS[s] },
  { title: '认领单位', dataIndex: 'claimantUnitName', width: 160, render: (v: string | null) => v ?? '—' },
  { title: '社区', dataIndex: 'communityName', width: 120 },
  { title: '登记时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatTime(v) },
];

function pick<T extends string>(all: readonly T[], v: string | null): T | undefined {
  return v && (all as readonly string[]).includes(v) ? (v as T) : undefined;
}

/** 需求清单: needs collected in the caller's area, by state and domain, with who claimed them. */
export function NeedListPage() {
  const [params, setParams] = useSearchParams();
  const state = pick(NEED_STATES, params.get('state'));
  const domain = pick(NEED_DOMAINS, params.get('domain'));
  const kind = pick(NEED_KINDS, params.get('kind'));
  const communityId = useCommunityParam();
  const { list, rows } = useNeedList({ state, domain, kind, communityId });
  const filtered = Boolean(state || domain || kind || communityId);
  const empty = filtered
    ? '没有符合条件的需求，请清除筛选条件再试。'
    : '需求清单还是空的。把走访、议事会和居民点单收集到的需求点「登记需求」录入，共建单位就能认领。';

  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="需求清单"
        description="群众点单、社区派单：登记的需求发布给在本社区报到的共建单位认领。"
        extra={
          <Link to="/claims/needs/new">
            <Button type="primary" icon={<PlusOutlined />}>
              登记需求
            </Button>
          </Link>
        }
      />
      <Card variant="borderless">
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<NeedState>
            allowClear
            placeholder="全部状态"
            aria-label="状态"
            value={state}
            onChange={(v) => setParam('state', v)}
            options={NEED_STATES.map((s) => ({ value: s, label: NEED_STATE_LABELS[s] }))}
            style={{ width: 130 }}
          />
          <Select<NeedDomain>
            allowClear
            placeholder="全部领域"
            aria-label="领域"
            value={domain}
            onChange={(v) => setParam('domain', v)}
            options={NEED_DOMAINS.map((d) => ({ value: d, label: NEED_DOMAIN_LABELS[d] }))}
            style={{ width: 130 }}
          />
          <Select<NeedKind>
            allowClear
            placeholder="需求和民生项目"
            aria-label="类别"
            value={kind}
            onChange={(v) => setParam('kind', v)}
            options={NEED_KINDS.map((k) => ({ value: k, label: NEED_KIND_LABELS[k] }))}
            style={{ width: 150 }}
          />
          <CommunityFilter />
        </Flex>
        <KeysetTable list={list} rows={rows} columns={columns} empty={empty} unit="条" />
      </Card>
    </>
  );
}
