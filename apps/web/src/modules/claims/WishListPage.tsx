import { PlusOutlined } from '@ant-design/icons';
import { WISH_STATE_LABELS, WISH_STATES, type WishListItem, type WishState } from '@linli/shared';
import { Button, Card, Flex, Select, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import { formatTime } from './claims-format';
import { WishStateTag } from './ClaimsTags';
import { CommunityFilter, useCommunityParam } from './CommunityFilter';
import { KeysetTable } from '../../ui/KeysetTable';
import { useWishList } from './wish-queries';

const columns: TableColumnsType<WishListItem> = [
  { title: '心愿', key: 'title', render: (_, w) => <Link to={`/claims/wishes/${w.id}`}>{w.title}</Link> },
  { title: '状态', dataIndex: 'state', width: 90, render: (s: WishState) => <WishStateTag state={s} /> },
  { title: '心愿人', dataIndex: 'wisherName', width: 100 },
  { title: '认领人', dataIndex: 'claimantName', width: 100, render: (v: string | null) => v ?? '—' },
  { title: '社区', dataIndex: 'communityName', width: 120 },
  { title: '提出时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatTime(v) },
];

function asState(v: string | null): WishState | undefined {
  return v && (WISH_STATES as readonly string[]).includes(v) ? (v as WishState) : undefined;
}

/** 微心愿: wishes in the caller's area by state (待审核 first to act on), with 登记心愿 and 加载更多. */
export function WishListPage() {
  const [params, setParams] = useSearchParams();
  const state = asState(params.get('state'));
  const communityId = useCommunityParam();
  const { list, rows } = useWishList({ state, communityId });
  const empty =
    state || communityId
      ? '没有符合条件的心愿。换个状态或社区看看，或清除筛选。'
      : '还没有微心愿。居民在手机上提交的心愿会出现在这里等您审核；也可以点「登记心愿」，经本人同意后替困难群众发布。';

  return (
    <>
      <PageHeader
        title="微心愿"
        description="审核居民提交的心愿，替困难群众登记心愿，确认党员的圆梦结果。"
        extra={
          <Link to="/claims/wishes/new">
            <Button type="primary" icon={<PlusOutlined />}>
              登记心愿
            </Button>
          </Link>
        }
      />
      <Card variant="borderless">
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<WishState>
            allowClear
            placeholder="全部状态"
            aria-label="状态"
            value={state}
            onChange={(v) => {
              const next = new URLSearchParams(params);
              if (v) next.set('state', v);
              else next.delete('state');
              setParams(next, { replace: true });
            }}
            options={WISH_STATES.map((s) => ({ value: s, label: WISH_STATE_LABELS[s] }))}
            style={{ width: 140 }}
          />
          <CommunityFilter />
        </Flex>
        <KeysetTable list={list} rows={rows} columns={columns} empty={empty} unit="个" />
      </Card>
    </>
  );
}
