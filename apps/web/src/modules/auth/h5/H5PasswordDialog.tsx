import { AntdProvider } from '../../../app/AntdProvider';
import { ChangePasswordModal } from '../ChangePasswordModal';

/** 绑定/修改密码 on the H5 home: the console's dialog, with antd loaded only when it first opens. */
export function H5PasswordDialog(props: { open: boolean; hasPassword: boolean; username: string; onClose: () => void }) {
  return (
    <AntdProvider>
      <ChangePasswordModal {...props} />
    </AntdProvider>
  );
}
