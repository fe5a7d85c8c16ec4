import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Link } from 'react-router-dom';
import { H5Page } from '../../../h5/H5Page';
import { EmptyHint, WishList } from './WishList';

const RAISED = { mine: 'raised' } as const;

/** 我的心愿: the wishes the resident raised with their state; tap one to confirm and rate it once fulfilled. */
export function MyWishesPage() {
  const raise = (
    <Link to="/h5/my-wishes/new">
      <Button type="primary" size="large" block icon={<PlusOutlined />}>
        许个心愿
      </Button>
    </Link>
  );
  return (
    <H5Page title="我的心愿">
      <Flex vertical gap={12}>
        {raise}
        <WishList
          filters={RAISED}
          from="/h5/my-wishes"
          empty={<EmptyHint>您还没有许过心愿。生活上有小困难，可以许个心愿，社区审核后由党员帮您实现。</EmptyHint>}
        />
      </Flex>
    </H5Page>
  );
}
