import { App, Button, Card, Flex, Form, Input, Rate } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../../api/api-error';
import { PhotoPicker } from '../../../ui/photos/PhotoPicker';

/** An action the server allows now, with the fields it needs. */
export interface AllowedPhoneAction<A extends string> {
  action: A;
  required: string[];
  optional: string[];
}

/** What a phone action form may collect. */
export interface PhoneActionValues {
  note?: string;
  reason?: string;
  photos?: string[];
  rating?: number;
}

type Field = keyof PhoneActionValues;
const FIELDS: readonly Field[] = ['note', 'reason', 'photos', 'rating'];

/** How one kind of item's actions look on the phone. */
export interface PhoneActionSpec<A extends string> {
  /** Button labels. */
  labels: Record<A, string>;
  /** Actions taken at one tap; every other allowed action opens a short form first. */
  oneTap: readonly A[];
  /** The main steps, shown first as primary buttons. */
  primary: readonly A[];
  /** Steps that undo something, shown in red. */
  danger: readonly A[];
  /** Words for the form's submit button (default: the action label). */
  submitLabels: Partial<Record<A, string>>;
  /** Field captions per action. */
  fieldLabels: Partial<Record<A, Partial<Record<Field, string>>>>;
  /** The toast after success. */
  doneMessages: Record<A, string>;
}

const DEFAULT_FIELD_LABELS: Record<Field, string> = { note: '说明', reason: '原因', photos: '照片', rating: '评分' };

function FieldInput({ field, required, label, onUploading }: { field: Field; required: boolean; label: string; onUploading: (u: boolean) => void }) {
  const title = required ? label : `${label}（选填）`;
  switch (field) {
    case 'photos':
      return (
        <Form.Item name="photos" label={title} rules={required ? [{ required: true, type: 'array', min: 1, message: '请上传至少一张照片' }] : []}>
          <PhotoPicker onUploadingChange={onUploading} />
        </Form.Item>
      );
    case 'rating':
      return (
        <Form.Item name="rating" label={title} rules={required ? [{ required: true, message: '请先打分再确认' }] : []}>
          <Rate style={{ fontSize: 32 }} />
        </Form.Item>
      );
    case 'reason':
      return (
        <Form.Item
          name="reason"
          label={title}
          rules={[...(required ? [{ required: true, whitespace: true, message: '请填写原因' }] : []), { min: 2, message: '请至少写2个字' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      );
    default:
      return (
        <Form.Item name="note" label={title} rules={required ? [{ required: true, whitespace: true, message: `请填写${label}` }] : []}>
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      );
  }
}

function ActionForm<A extends string>({
  spec,
  allowed,
  pending,
  onCancel,
  onSubmit,
}: {
  spec: PhoneActionSpec<A>;
  allowed: AllowedPhoneAction<A>;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (v: PhoneActionValues) => void;
}) {
  const [uploading, setUploading] = useState(false);
  const known = (f: string): f is Field => (FIELDS as readonly string[]).includes(f);
  const fields = [
    ...allowed.required.filter(known).map((f) => ({ f, required: true })),
    ...allowed.optional.filter(known).map((f) => ({ f, required: false })),
  ];
  const label = spec.labels[allowed.action];
  return (
    <Card variant="borderless" size="small" title={label} style={{ borderLeft: '3px solid #c8161d' }}>
      <Form<PhoneActionValues> layout="vertical" requiredMark={false} size="large" onFinish={onSubmit} aria-label={label}>
        {fields.map(({ f, required }) => (
          <FieldInput
            key={f}
            field={f}
            required={required}
            label={spec.fieldLabels[allowed.action]?.[f] ?? DEFAULT_FIELD_LABELS[f]}
            onUploading={setUploading}
          />
        ))}
        <Flex gap={8}>
          <Button block size="large" onClick={onCancel}>
            取消
          </Button>
          <Button type="primary" htmlType="submit" block size="large" loading={pending} disabled={uploading}>
            {uploading ? '照片上传中…' : (spec.submitLabels[allowed.action] ?? label)}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}

/**
 * The actions the server allows the caller now, and only those, as big phone buttons: one tap for
 * the simple ones, a short form with exactly the fields the workflow asks for otherwise (photos,
 * a rating, a reason). A 409 (taken or changed meanwhile) shows the server's message and calls
 * `onStale` to reload.
 */
export function PhoneActions<A extends string>({
  allowed,
  spec,
  ariaLabel,
  pending,
  onSend,
  onStale,
}: {
  allowed: readonly AllowedPhoneAction<A>[];
  spec: PhoneActionSpec<A>;
  ariaLabel: string;
  pending: boolean;
  onSend: (action: A, values: PhoneActionValues) => Promise<unknown>;
  onStale: () => void;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<A | null>(null);
  if (allowed.length === 0) return null;

  const send = (action: A, v: PhoneActionValues = {}) =>
    onSend(action, { note: v.note?.trim() || undefined, reason: v.reason?.trim() || undefined, photos: v.photos, rating: v.rating }).then(
      () => {
        message.success(spec.doneMessages[action]);
        setOpen(null);
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 409) {
          message.warning(error.code === 'ITEM_TAKEN' ? error.message : `${error.message}，已刷新为最新状态`);
          setOpen(null);
          onStale();
        } else message.error(errorMessage(error));
      },
    );

  const current = allowed.find((a) => a.action === open);
  if (current)
    return <ActionForm spec={spec} allowed={current} pending={pending} onCancel={() => setOpen(null)} onSubmit={(v) => void send(current.action, v)} />;

  const ordered = [...allowed].sort((a, b) => Number(spec.primary.includes(b.action)) - Number(spec.primary.includes(a.action)));
  return (
    <Flex vertical gap={8} role="toolbar" aria-label={ariaLabel}>
      {ordered.map((a) => (
        <Button
          key={a.action}
          type={spec.primary.includes(a.action) ? 'primary' : 'default'}
          danger={spec.danger.includes(a.action)}
          block
          size="large"
          loading={pending && spec.oneTap.includes(a.action)}
          onClick={() => (spec.oneTap.includes(a.action) ? void send(a.action) : setOpen(a.action))}
        >
          {spec.labels[a.action]}
        </Button>
      ))}
    </Flex>
  );
}
