import { App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { useClaimNeed } from './need-queries';
import { usePartnerUnits } from './partner-queries';

/**
 * 认领 for a partner unit's liaison: a short form (which unit, when they speak for several; a
 * note), then the claim. A need another unit took first answers 409 ITEM_TAKEN, shown as such.
 */
export function ClaimNeedButton({ need, size }: { need: { id: string; title: string; communityId: string }; size?: 'small' | 'middle' }) {
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ unitId?: string; note?: string }>();
  const claim = useClaimNeed();
  const units = usePartnerUnits(need.communityId);
  const mine = units.rows.filter((u) => u.registrations.some((r) => r.communityId === need.communityId));

  const submit = (v: { unitId?: string; note?: string }) =>
    claim.mutate(
      { id: need.id, unitId: v.unitId, note: v.note?.trim() || undefined },
      {
        onSuccess: () => {
          message.success('认领成功，请尽快联系社区开始办理');
          setOpen(false);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            setOpen(false);
            modal.warning({ title: '认领未成功', content: error.code === 'ITEM_TAKEN' ? `${error.message}，请看看其他需求。` : error.message });
          } else if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );

  return (
    <>
      <Button type="primary" size={size} onClick={() => setOpen(true)}>
        认领
      </Button>
      <Modal
        open={open}
        title={`认领需求 · ${need.title}`}
        okText="确认认领"
        okButtonProps={{ loading: claim.isPending }}
        onCancel={() => setOpen(false)}
        onOk={() => form.validateFields().then(submit, () => undefined)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={{ unitId: mine.length === 1 ? mine[0].id : undefined }}>
          <Form.Item
            name="unitId"
            label="认领单位"
            hidden={mine.length <= 1}
            rules={mine.length > 1 ? [{ required: true, message: '请选择以哪个单位认领' }] : []}
          >
            <Select placeholder="选择单位" options={mine.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          <Form.Item name="note" label="认领说明" extra="选填，如计划什么时候、派谁来办">
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
