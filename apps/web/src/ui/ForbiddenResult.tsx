import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

/** Shown when the user's posts do not allow a page. */
export function ForbiddenResult() {
  return (
    <Result
      status="403"
      title="没有权限"
      subTitle="您当前的岗位不能查看这个页面。如确需使用，请联系系统管理员为您分配相应岗位。"
      extra={
        <Link to="/">
          <Button type="primary">回到工作台</Button>
        </Link>
      }
    />
  );
}
