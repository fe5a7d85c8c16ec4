import { createUserRequest, type UserView } from '@linli/shared';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { zodRule } from '../../ui/zod-rule';
import { useUpdateUser } from './users-queries';

/**
 * 工作电话: sets or removes an account's phone. The account keeps only a masked copy (shown on the building notice
 * boards) and a keyed hash, so the full number is typed again to change it and is never shown back.
 */
export function PhoneModal({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ phone: string }>();
  const update = useUpdateUser();
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };
  const save = (phone: string | null) =>
    update.mutate(
      { id: user!.id, phone },
      {
        onSuccess: (u) => {
          message.success(phone ? `已设置 ${u.displayName} 的工作电话 ${u.phoneMasked}` : `已清除 ${u.displayName} 的工作电话`);
          close();
        },
        onError: (e) => {
          if (!applyFormError(form, e)) setError(errorMessage(e));
        },
      },
    );
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (values) save(values.phone.trim());
  };
  return (
    <Modal
      title={user ? `${user.displayName} 的工作电话` : '工作电话'}
      open={user !== null}
      onCancel={close}
      onOk={submit}
      okText="保存"
      cancelText="取消"
      confirmLoading={update.isPending}
      forceRender
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Typography.Paragraph type="secondary">
        现在：{user?.phoneMasked ?? '未设置'}。楼宇公示牌上只显示脱敏号码（如 138****1234），系统不保存完整号码。
        {user?.phoneMasked && (
          <Typography.Link onClick={() => save(null)} style={{ marginLeft: 8 }}>
            清除电话
          </Typography.Link>
        )}
      </Typography.Paragraph>
      <Form form={form} name="user-phone" layout="vertical" requiredMark={false} autoComplete="off">
        <Form.Item name="phone" label="新的手机号" rules={[{ required: true, message: '请输入手机号' }, zodRule(createUserRequest.shape.phone)]}>
          <Input maxLength={11} inputMode="numeric" placeholder="11位手机号" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
