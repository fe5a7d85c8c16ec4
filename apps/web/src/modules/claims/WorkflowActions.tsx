import { App, Button, Flex, Form, Input, Modal, Rate, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError, errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { PhotoPicker } from '../../ui/photos/PhotoPicker';
import { fieldLabel, formFields, type AllowedAction } from './action-form';

/**
 * Buttons for exactly the actions the server allowed, each opening a form with the fields that
 * action needs (one click when it needs none). `onAct` sends it; a 409 means someone acted first
 * (or the item is taken): its message is shown and `onStale` reloads; a 400 naming a field lands
 * on that field. An action asking for `unitId` picks from `unitOptions` (e.g. the units registered
 * with the order's community).
 */
export function WorkflowActions<A extends string>({
  allowed,
  labels,
  danger = [],
  ariaLabel,
  subject,
  none,
  size,
  unitOptions = [],
  onAct,
  onStale,
}: {
  allowed: readonly AllowedAction<A>[];
  labels: Record<A, string>;
  danger?: readonly A[];
  ariaLabel: string;
  /** What the form is about, shown in its title. */
  subject: string;
  /** Shown when no action is allowed; nothing when omitted. */
  none?: ReactNode;
  size?: 'small' | 'middle';
  /** Units an action with a `unitId` field may choose from. */
  unitOptions?: readonly { value: string; label: string }[];
  onAct: (spec: AllowedAction<A>, values: Record<string, unknown>) => Promise<unknown>;
  onStale?: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [open, setOpen] = useState<AllowedAction<A> | null>(null);
  const [busy, setBusy] = useState<A | null>(null);
  const [uploading, setUploading] = useState(false);

  const send = async (spec: AllowedAction<A>, values: Record<string, unknown>, inForm: boolean) => {
    setBusy(spec.action);
    try {
      await onAct(spec, values);
      message.success(`已${labels[spec.action]}`);
      setOpen(null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        message.warning(`${error.message}（已刷新为最新状态）`);
        setOpen(null);
        onStale?.();
      } else if (!(inForm && applyFormError(form, error))) {
        message.error(errorMessage(error));
      }
    } finally {
      setBusy(null);
    }
  };

  if (allowed.length === 0) return none ? <Typography.Text type="secondary">{none}</Typography.Text> : null;
  const primary = allowed.find((a) => !danger.includes(a.action))?.action;

  return (
    <>
      <Flex gap={8} wrap role="toolbar" aria-label={ariaLabel}>
        {allowed.map((spec) => (
          <Button
            key={spec.action}
            size={size}
            type={spec.action === primary ? 'primary' : 'default'}
            danger={danger.includes(spec.action)}
            loading={busy === spec.action && !open}
            onClick={() => {
              if (formFields(spec).length === 0) void send(spec, {}, false);
              else {
                setUploading(false);
                setOpen(spec);
              }
            }}
          >
            {labels[spec.action]}
          </Button>
        ))}
      </Flex>
      <Modal
        open={open !== null}
        title={open ? `${labels[open.action]} · ${subject}` : ''}
        okText={open ? `确认${labels[open.action]}` : '确定'}
        okButtonProps={{ loading: busy !== null, disabled: uploading, danger: open ? danger.includes(open.action) : false }}
        onCancel={() => setOpen(null)}
        onOk={() => {
          if (!open) return;
          form.validateFields().then(
            (values: Record<string, unknown>) => send(open, values, true),
            () => undefined,
          );
        }}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {open &&
            formFields(open).map(({ field, required }) => (
              <ActionInput key={field} action={open.action} field={field} required={required} unitOptions={unitOptions} onUploadingChange={setUploading} />
            ))}
        </Form>
      </Modal>
    </>
  );
}

function ActionInput({
  action,
  field,
  required,
  unitOptions,
  onUploadingChange,
}: {
  action: string;
  field: ReturnType<typeof formFields>[number]['field'];
  required: boolean;
  unitOptions: readonly { value: string; label: string }[];
  onUploadingChange: (busy: boolean) => void;
}) {
  const label = fieldLabel(action, field);
  switch (field) {
    case 'unitId':
      return (
        <Form.Item name="unitId" label={label} rules={required ? [{ required: true, message: `请选择${label}` }] : []}>
          <Select
            showSearch
            optionFilterProp="label"
            allowClear={!required}
            placeholder={required ? '选择在本社区报到的共建单位' : '选填'}
            options={[...unitOptions]}
            notFoundContent="本社区还没有报到的共建单位，请先到「共建单位」办理报到"
          />
        </Form.Item>
      );
    case 'note':
      return (
        <Form.Item name="note" label={label} rules={required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={required ? undefined : '选填'} />
        </Form.Item>
      );
    case 'reason':
      return (
        <Form.Item
          name="reason"
          label={label}
          rules={
            required
              ? [
                  { required: true, whitespace: true, message: `请填写${label}` },
                  { min: 2, message: '请至少写2个字' },
                ]
              : [{ min: 2, message: '请至少写2个字' }]
          }
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={required ? undefined : '选填'} />
        </Form.Item>
      );
    case 'photos':
      return (
        <Form.Item
          name="photos"
          label={label}
          rules={required ? [{ required: true, type: 'array', min: 1, message: '请至少上传1张照片' }] : []}
          extra={required ? '必传，最多9张，作为完成凭证' : '选填，最多9张'}
        >
          <PhotoPicker onUploadingChange={onUploadingChange} />
        </Form.Item>
      );
    case 'rating':
      return (
        <Form.Item name="rating" label={label} rules={required ? [{ required: true, message: '请打分' }] : []}>
          <Rate />
        </Form.Item>
      );
  }
}
