import { Segmented } from 'antd';
import { useState } from 'react';
import { H5Page } from '../../../h5/H5Page';
import { OrderList } from './OrderList';
import { EmptyHint } from './WishList';
import type { OrderMine } from './order-queries';

/** 服务接单 for party members: open orders of their community to take, and the ones they took. */
export function MemberOrdersPage() {
  const [mine, setMine] = useState<Extract<OrderMine, 'open' | 'taken'>>('open');
  return (
    <H5Page title="服务接单">
      <Segmented
        block
        size="large"
        value={mine}
        onChange={(v) => setMine(v as typeof mine)}
        options={[
          { label: '待接单', value: 'open' },
          { label: '我接的', value: 'taken' },
        ]}
        style={{ marginBottom: 12 }}
      />
      <OrderList
        key={mine}
        mine={mine}
        from="/h5/member-orders"
        empty={<EmptyHint>{mine === 'open' ? '现在没有待接的订单，居民预约服务后会出现在这里。' : '您还没有接过订单。'}</EmptyHint>}
      />
    </H5Page>
  );
}
