import { EyeOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../apply-form-error';
import { zodRule } from '../zod-rule';

/** The call that reveals one value: given the reason, it answers the full value (null when none is registered). */
export interface RevealCall {
  mutate: (reason: string, callbacks: { onSuccess: (value: string | null) => void; onError: (error: unknown) => void }) => void;
  isPending: boolean;
}

/** What the reveal is of, in the words the page uses. */
export interface MaskedRevealProps {
  /** The masked value, or null when nothing is registered (then there is nothing to reveal). */
  masked: string | null;
  /** The field's name, e.g. 手机号. */
  fieldName: string;
  /** The button's words, e.g. 查看完整号码. */
  buttonText: string;
  /** The server's rule for the reason, so the form says what is wrong before sending. */
  reasonRule: z.ZodType<string>;
  /** An example reason for the placeholder. */
  reasonExample: string;
  reveal: RevealCall;
}

/**
 * A masked value with a reveal button (DESIGN rule 5): the user gives a reason, the server records the read and
 * answers the full value, which stays on screen only until the page is left (never cached).
 */
export function MaskedReveal({ masked, fieldName, buttonText, reasonRule, reasonExample, reveal }: MaskedRevealProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  if (masked === null) return <Typography.Text type="secondary">未登记</Typography.Text>;

  const close = () => {
    setOpen(false);
    setError(null);
    form.resetFields();
  };

  const submit = async () => {
    const checked = await form.validateFields().catch(() => null);
    if (!checked) return;
    setError(null);
    reveal.mutate(checked.reason.trim(), {
      onSuccess: setValue,
      onError: (e) => {
        if (!applyFormError(form, e)) setError(errorMessage(e));
      },
    });
  };

  const shown = value === undefined ? masked : (value ?? '未登记');
  return (
    <Space wrap size={8}>
      <Typography.Text copyable={value ? { text: value } : false} style={{ fontFamily: 'monospace' }}>
        {shown}
      </Typography.Text>
      {value === undefined && (
        <Button size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)}>
          {buttonText}
        </Button>
      )}
      <Modal
        title={buttonText}
        open={open}
        onCancel={close}
        forceRender
        footer={
          value === undefined
            ? [
                <Button key="cancel" onClick={close}>
                  取消
                </Button>,
                <Button key="ok" type="primary" loading={reveal.isPending} onClick={submit}>
                  确认查看
                </Button>,
              ]
            : [
                <Button key="close" type="primary" onClick={close}>
                  关闭
                </Button>,
              ]
        }
      >
        {value === undefined ? (
          <>
            <Alert type="warning" showIcon message={`查看完整${fieldName}将被记录：查看人、时间和原因都会写入审计日志。`} style={{ marginBottom: 16 }} />
            {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
            <Form form={form} layout="vertical" requiredMark={false}>
              <Form.Item name="reason" label="查看原因" rules={[{ required: true, message: '请填写查看原因' }, zodRule(reasonRule)]}>
                <Input.TextArea rows={3} maxLength={200} showCount placeholder={`如：${reasonExample}`} />
              </Form.Item>
            </Form>
          </>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">{fieldName}</Typography.Text>
            <Typography.Title level={3} copyable={value ? { text: value } : false} style={{ margin: 0, fontFamily: 'monospace' }}>
              {value ?? '未登记'}
            </Typography.Title>
            <Typography.Text type="secondary">本次查看已记录。离开本页面后将重新脱敏显示。</Typography.Text>
          </Space>
        )}
      </Modal>
    </Space>
  );
}
