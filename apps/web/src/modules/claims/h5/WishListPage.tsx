import { Typography } from 'antd';
import { H5Page } from '../../../h5/H5Page';
import { EmptyHint, WishList } from './WishList';

const PUBLISHED = { state: 'published' } as const;

/** 微心愿 for party members: the published wishes of their communities, waiting to be claimed. */
export function WishListPage() {
  return (
    <H5Page title="微心愿">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        这些是社区困难群众的小心愿，经本人同意发布。认领后请尽快联系社区，圆梦后上传照片。
      </Typography.Paragraph>
      <WishList filters={PUBLISHED} from="/h5/wishes" empty={<EmptyHint>现在没有待认领的心愿，新心愿发布后会通知您。</EmptyHint>} />
    </H5Page>
  );
}
