import { ORDER_STATE_LABELS, ORDER_STATES, type OrderListItem, type OrderState } from '@linli/shared';
import { Card, Flex, Select, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../ui/PageHeader';
import { formatTime } from './claims-format';
import { OrderStateTag } from './ClaimsTags';
import { CommunityFilter, useCommunityParam } from './CommunityFilter';
import { KeysetTable } from '../../ui/KeysetTable';
import { useOrderList } from './order-queries';

const columns: TableColumnsType<OrderListItem> = [
  { title: '服务项目', key: 'service', render: (_, o) => <Link to={`/claims/orders/${o.id}`}>{o.serviceTitle}</Link> },
  { title: '状态', dataIndex: 'state', width: 90, render: (s: OrderState) => <OrderStateTag state={s} /> },
  { title: '预约居民', dataIndex: 'ordererName', width: 100 },
  { title: '服务方', key: 'taker', width: 200, render: (_, o) => o.takerUnitName ?? o.takerName ?? '—' },
  { title: '社区', dataIndex: 'communityName', width: 120 },
  { title: '预约时间', dataIndex: 'orderedAt', width: 150, render: (v: string) => formatTime(v) },
];

function asState(v: string | null): OrderState | undefined {
  return v && (ORDER_STATES as readonly string[]).includes(v) ? (v as OrderState) : undefined;
}

/** 社区派单: service orders residents placed in the caller's area, by state (待接单 to dispatch), with 加载更多. */
export function OrderListPage() {
  const [params, setParams] = useSearchParams();
  const state = asState(params.get('state'));
  const communityId = useCommunityParam();
  const { list, rows } = useOrderList({ state, communityId });
  const empty =
    state || communityId
      ? '没有符合条件的订单。换个状态或社区看看，或清除筛选。'
      : '还没有服务订单。居民在手机上从「服务清单」预约后，订单会出现在这里，由您派给报到的共建单位或等服务队接单。';

  return (
    <>
      <PageHeader title="社区派单" description="群众点单、社区派单、服务队接单、居民评单：把待接单的订单派给在本社区报到的共建单位，跟进完成和评价。" />
      <Card variant="borderless">
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select<OrderState>
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
            options={ORDER_STATES.map((s) => ({ value: s, label: ORDER_STATE_LABELS[s] }))}
            style={{ width: 140 }}
          />
          <CommunityFilter />
        </Flex>
        <KeysetTable list={list} rows={rows} columns={columns} empty={empty} unit="单" />
      </Card>
    </>
  );
}
