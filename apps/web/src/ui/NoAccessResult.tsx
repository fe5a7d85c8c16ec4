import { LockOutlined } from '@ant-design/icons';
import { Result } from 'antd';

/**
 * A calm "无权查看" where the user's posts do not allow a record or list (a 403 reached by an old link or a typed
 * address): no error colour and no retry, as retrying cannot help; it says whom to ask instead.
 */
export function NoAccessResult({ what = '这些信息' }: { what?: string }) {
  return (
    <Result
      icon={<LockOutlined style={{ color: 'rgba(0, 0, 0, 0.25)' }} />}
      title="无权查看"
      subTitle={`您当前的岗位不能查看${what}。如确需查看，请联系社区工作人员或系统管理员。`}
    />
  );
}
