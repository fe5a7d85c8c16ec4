import { GiftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router-dom';
import { H5Page } from '../../../h5/H5Page';
import { EmptyHint, WishList } from './WishList';

const CLAIMED = { mine: 'claimed' } as const;

/** 我的认领: the wishes the party member claimed, newest first; tap one to start it or upload the fulfilment photos. */
export function MyClaimsPage() {
  return (
    <H5Page title="我的认领">
      <WishList
        filters={CLAIMED}
        from="/h5/claims"
        empty={
          <EmptyHint
            action={
              <Link to="/h5/wishes">
                <Button type="primary" size="large" icon={<GiftOutlined />}>
                  去认领心愿
                </Button>
              </Link>
            }
          >
            您还没有认领心愿。
          </EmptyHint>
        }
      />
    </H5Page>
  );
}
