import { PARTY_SIDES, PARTY_SIDE_LABELS, partyInput, type PartyView } from '@linli/shared';
import { App, Form, Input, Modal, Radio } from 'antd';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { zodRule } from '../../ui/zod-rule';
import { useAddParty, useUpdateParty } from './mediation-queries';

interface Values {
  name: string;
  side: PartyView['side'];
  phone?: string;
  idNumber?: string;
  address?: string;
}

/**
 * Registers a party, or changes one (`party`). Phone and ID number are stored encrypted and shown masked:
 * editing, they start empty and stay as they are unless a new one is typed.
 */
export function PartyFormModal({ disputeId, party, onClose }: { disputeId: string; party: PartyView | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const add = useAddParty(disputeId);
  const update = useUpdateParty(disputeId);
  const { message } = App.useApp();
  const submit = async (v: Values) => {
    const phone = v.phone?.trim() || undefined;
    const idNumber = v.idNumber?.trim() || undefined;
    try {
      if (party)
        await update.mutateAsync({ partyId: party.id, body: { name: v.name.trim(), side: v.side, phone, idNumber, address: v.address?.trim() ?? '' } });
      else await add.mutateAsync({ name: v.name.trim(), side: v.side, phone, idNumber, address: v.address?.trim() ?? '' });
      message.success(party ? '当事人信息已修改' : '当事人已登记');
      onClose();
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };
  const kept = (masked: string | null) => (party && masked ? `已登记 ${masked}，不修改请留空` : undefined);
  return (
    <Modal
      open
      title={party ? `修改当事人：${party.name}` : '登记当事人'}
      okText="保存"
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending || update.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={party ? { name: party.name, side: party.side, address: party.address } : { side: 'respondent' }}
      >
        <Form.Item name="side" label="身份">
          <Radio.Group options={PARTY_SIDES.map((s) => ({ value: s, label: PARTY_SIDE_LABELS[s] }))} />
        </Form.Item>
        <Form.Item name="name" label="姓名" rules={[{ required: true, message: '请填写姓名' }, zodRule(partyInput.shape.name)]}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="phone" label="手机号" rules={[zodRule(partyInput.shape.phone.unwrap())]}>
          <Input maxLength={11} placeholder={kept(party?.phone ?? null)} />
        </Form.Item>
        <Form.Item name="idNumber" label="身份证号" rules={[zodRule(partyInput.shape.idNumber.unwrap())]}>
          <Input maxLength={18} placeholder={kept(party?.idNumber ?? null)} />
        </Form.Item>
        <Form.Item name="address" label="住址">
          <Input maxLength={80} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
