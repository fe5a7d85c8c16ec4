import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

/** Shown for an address that matches no page. */
export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="页面不存在"
      subTitle="您访问的地址不存在，可能链接已过期。请从左侧菜单重新进入。"
      extra={
        <Link to="/">
          <Button type="primary">回到工作台</Button>
        </Link>
      }
    />
  );
}
