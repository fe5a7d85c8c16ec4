import { EyeOutlined } from '@ant-design/icons';
import { revealRequest } from '@linli/shared';
import { Alert, Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { zodRule } from '../../ui/zod-rule';
import { useReveal } from './resident-queries';

type Field = 'phone' | 'idNumber';

const BUTTON_TEXT: Record<Field, string> = { phone: '查看完整号码', idNumber: '查看完整身份证号' };
const FIELD_NAME: Record<Field, string> = { phone: '手机号', idNumber: '身份证号' };

/**
 * A masked value with a reveal button: the user gives a reason, the server records the read and
 * answers the full value, which stays on screen only until this page is left (never cached).
 */
export function RevealField({ residentId, field, masked }: { residentId: string; field: Field; masked: string | null }) {
  const reveal = useReveal(residentId);
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
    const { reason } = checked;
    setError(null);
    reveal.mutate(
      { field, reason: reason.trim() },
      {
        onSuccess: (r) => setValue(r.value),
        onError: (e) => {
          if (!applyFormError(form, e)) setError(errorMessage(e));
        },
      },
    );
  };

  const shown = value === undefined ? masked : (value ?? '未登记');
  return (
    <Space wrap size={8}>
      <Typography.Text copyable={value ? { text: value } : false} style={{ fontFamily: 'monospace' }}>
        {shown}
      </Typography.Text>
      {value === undefined && (
        <Button size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)}>
          {BUTTON_TEXT[field]}
        </Button>
      )}
      <Modal
        title={BUTTON_TEXT[field]}
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
            <Alert
              type="warning"
              showIcon
              message={`查看完整${FIELD_NAME[field]}将被记录：查看人、时间和原因都会写入审计日志。`}
              style={{ marginBottom: 16 }}
            />
            {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
            <Form form={form} name={`reveal-${field}`} layout="vertical" requiredMark={false}>
              <Form.Item name="reason" label="查看原因" rules={[{ required: true, message: '请填写查看原因' }, zodRule(revealRequest.shape.reason)]}>
                <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：入户走访需电话联系、为居民办理低保复核" />
              </Form.Item>
            </Form>
          </>
        ) : (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">{FIELD_NAME[field]}</Typography.Text>
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
