import { createUserRequest } from '@linli/shared';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { zodRule } from '../../ui/zod-rule';
import { passwordRule } from '../auth';
import { useCreateUser } from './users-queries';

interface Values {
  username: string;
  displayName: string;
  password: string;
  phone?: string;
}

/** 新建用户: username, real name and an initial password the user changes after first login. */
export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setError(null);
    const phone = values.phone?.trim();
    create.mutate(
      { ...values, phone: phone || undefined },
      {
        onSuccess: (user) => {
          message.success(`已创建用户 ${user.displayName}，请为其添加岗位`);
          close();
        },
        onError: (e) => {
          if (!applyFormError(form, e)) setError(errorMessage(e));
        },
      },
    );
  };

  return (
    <Modal title="新建用户" open={open} onCancel={close} onOk={submit} okText="创建" cancelText="取消" confirmLoading={create.isPending} forceRender>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="create-user" layout="vertical" requiredMark={false} autoComplete="off">
        <Form.Item
          name="username"
          label="用户名"
          extra="登录用，3-32位小写字母、数字或 . _ -，如 grid-qq3"
          rules={[{ required: true, message: '请输入用户名' }, zodRule(createUserRequest.shape.username)]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label="姓名"
          rules={[
            { required: true, whitespace: true, message: '请输入姓名' },
            { max: 50, message: '姓名最多50个字' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label="初始密码"
          extra="至少10位，不能是常见密码或包含用户名，请告知本人登录后及时修改"
          rules={[{ required: true, message: '请输入初始密码' }, passwordRule(() => form.getFieldValue('username') as string | undefined)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="phone"
          label="工作电话"
          extra="选填；楼长、网格员的电话以脱敏形式（如 138****1234）印在楼宇公示牌上，系统不保存完整号码"
          rules={[zodRule(createUserRequest.shape.phone)]}
        >
          <Input maxLength={11} inputMode="numeric" placeholder="选填，11位手机号" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
