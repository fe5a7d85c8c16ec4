import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { MeResponse } from '@linli/shared';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { useLogin } from './auth-queries';

interface Values {
  username: string;
  password: string;
}

/** 账号登录: username and password; the server's message (wrong password, locked account) is shown above the form. */
export function PasswordLoginForm({ onLoggedIn }: { onLoggedIn: (me: MeResponse) => void }) {
  const [form] = Form.useForm<Values>();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);

  const submit = (values: Values) => {
    setError(null);
    login.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: onLoggedIn,
        onError: (e) => {
          if (!applyFormError(form, e)) setError(errorMessage(e));
        },
      },
    );
  };

  return (
    <Form form={form} onFinish={submit} size="large" requiredMark={false} autoComplete="on">
      {error && <Alert role="alert" type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form.Item name="username" rules={[{ required: true, message: '请输入用户名' }]}>
        <Input prefix={<UserOutlined />} placeholder="用户名" autoComplete="username" />
      </Form.Item>
      <Form.Item name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          登录
        </Button>
      </Form.Item>
    </Form>
  );
}
