import { MobileOutlined, SafetyOutlined } from '@ant-design/icons';
import { otpLoginRequest, type MeResponse } from '@linli/shared';
import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { useCountdown } from '../../ui/use-countdown';
import { zodRule } from '../../ui/zod-rule';
import { useOtpLogin, useSendOtp } from './auth-queries';

interface Values {
  phone: string;
  code: string;
}

/** 验证码登录 for residents: phone, 获取验证码 (60 s before another), six-digit code. */
export function OtpLoginForm({ onLoggedIn }: { onLoggedIn: (me: MeResponse) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const send = useSendOtp();
  const login = useOtpLogin();
  const countdown = useCountdown();
  const [error, setError] = useState<string | null>(null);

  const sendCode = async () => {
    setError(null);
    const checked = await form.validateFields(['phone']).catch(() => null);
    if (!checked) return;
    const { phone } = checked;
    send.mutate(
      { phone },
      {
        onSuccess: () => {
          countdown.start(60);
          message.success('验证码已发送，请注意查收短信');
        },
        onError: (e) => {
          if (!applyFormError(form, e)) setError(errorMessage(e));
        },
      },
    );
  };

  const submit = (values: Values) => {
    setError(null);
    login.mutate(values, {
      onSuccess: onLoggedIn,
      onError: (e) => {
        if (!applyFormError(form, e)) setError(errorMessage(e));
      },
    });
  };

  return (
    <Form form={form} onFinish={submit} size="large" requiredMark={false}>
      {error && <Alert role="alert" type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form.Item name="phone" rules={[{ required: true, message: '请输入手机号' }, zodRule(otpLoginRequest.shape.phone)]}>
        <Input prefix={<MobileOutlined />} placeholder="手机号" inputMode="numeric" maxLength={11} autoComplete="tel" />
      </Form.Item>
      <Form.Item>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="code" noStyle rules={[{ required: true, message: '请输入验证码' }, zodRule(otpLoginRequest.shape.code)]}>
            <Input prefix={<SafetyOutlined />} placeholder="6位验证码" inputMode="numeric" maxLength={6} autoComplete="one-time-code" />
          </Form.Item>
          <Button onClick={sendCode} disabled={countdown.left > 0} loading={send.isPending} style={{ minWidth: 116 }}>
            {countdown.left > 0 ? `${countdown.left}秒后重发` : '获取验证码'}
          </Button>
        </Space.Compact>
      </Form.Item>
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          登录
        </Button>
      </Form.Item>
    </Form>
  );
}
