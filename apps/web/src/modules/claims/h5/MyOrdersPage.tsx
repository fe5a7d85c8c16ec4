import { ShopOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router-dom';
import { H5Page } from '../../../h5/H5Page';
import { OrderList } from './OrderList';
import { EmptyHint } from './WishList';

/** 我的订单: the services the resident ordered, newest first; tap one to confirm and rate it once done. */
export function MyOrdersPage() {
  return (
    <H5Page title="我的订单">
      <OrderList
        mine="ordered"
        from="/h5/orders"
        empty={
          <EmptyHint
            action={
              <Link to="/h5/services">
                <Button type="primary" size="large" icon={<ShopOutlined />}>
                  看看服务清单
                </Button>
              </Link>
            }
          >
            您还没有预约过服务。
          </EmptyHint>
        }
      />
    </H5Page>
  );
}
