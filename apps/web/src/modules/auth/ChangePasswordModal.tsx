import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { useChangePassword } from './auth-queries';
import { passwordRule } from './password-rule';

interface Values {
  currentPassword?: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码 (or 绑定密码 for a resident who has only logged in by code: no current password asked). */
export function ChangePasswordModal({ open, hasPassword, username, onClose }: { open: boolean; hasPassword: boolean; username: string; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const title = hasPassword ? '修改密码' : '绑定密码';

  const close = () => {
    form.resetFields();
    setFormError(null);
    change.reset();
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setFormError(null);
    change.mutate(
      { currentPassword: hasPassword ? values.currentPassword : undefined, newPassword: values.newPassword },
      {
        onSuccess: () => {
          message.success(hasPassword ? '密码已修改，下次请用新密码登录' : `密码已绑定，以后也可以用账号 ${username} 和密码登录`);
          close();
        },
        onError: (error) => {
          if (!applyFormError(form, error)) setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal title={title} open={open} onCancel={close} onOk={submit} okText="确定" cancelText="取消" confirmLoading={change.isPending} forceRender>
      {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />}
      {!hasPassword && (
        <Alert
          type="info"
          showIcon
          message={`您的登录账号是 ${username}，设置密码后可用账号和密码登录，也可以继续用手机验证码登录。`}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} name="change-password" layout="vertical" requiredMark={false} autoComplete="off">
        {hasPassword && (
          <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
        )}
        <Form.Item
          name="newPassword"
          label="新密码"
          extra="至少10位，不能是常见密码或包含用户名"
          rules={[{ required: true, message: '请输入新密码' }, passwordRule(() => username)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="再次输入新密码"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的密码不一致');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
