import {
  DISPUTE_ACTION_LABELS,
  FAILED_ROUTES,
  FAILED_ROUTE_LABELS,
  FOLLOW_UP_RATINGS,
  FOLLOW_UP_RATING_LABELS,
  MAX_EXTENSION_DAYS,
  PARTY_SIDE_LABELS,
  REJECT_REASONS,
  REJECT_REASON_LABELS,
  type DisputeDetail,
} from '@linli/shared';
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/api-error';
import { useCommittee, useDisputeAction } from './mediation-queries';

type Allowed = DisputeDetail['allowedActions'][number];

const LABELS: Record<string, string> = {
  mediatorIds: '调解员',
  rejectReason: '不予受理的原因',
  note: '说明',
  heldAt: '调解时间',
  place: '地点',
  record: '调解记录',
  partyIds: '到场当事人',
  extensionDays: '延长天数',
  consentPartyIds: '同意延期的当事人（须全部同意）',
  reason: '原因',
  agreementForm: '协议形式',
  terms: '协议内容（履行方式、期限）',
  performanceDueOn: '履行期限',
  failedRoute: '告知当事人的途径',
  court: '受理法院',
  confirmed: '法院结果',
  rating: '回访结果',
};

const DEFAULTS: Record<string, unknown> = {
  place: '社区人民调解室',
  court: '薛城区人民法院',
  agreementForm: 'written',
  extensionDays: 15,
  rating: 'satisfied',
};

/** The form of one workflow action: exactly the fields the server says it needs, with the dispute's parties and mediators to pick from. */
export function DisputeActionModal({ dispute, allowed, onClose }: { dispute: DisputeDetail; allowed: Allowed | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const act = useDisputeAction(dispute.id);
  const committee = useCommittee(allowed && allowed.required.concat(allowed.optional).includes('mediatorIds') ? dispute.committeeId : null);
  const { message } = App.useApp();
  if (!allowed) return null;
  const parties = dispute.parties.map((p) => ({ value: p.id, label: `${p.name}（${PARTY_SIDE_LABELS[p.side]}）` }));
  const widget: Record<string, ReactNode> = {
    mediatorIds: (
      <Select
        mode="multiple"
        placeholder="从本委员会调解员中选择"
        options={(committee.data?.mediators ?? []).map((m) => ({
          value: m.id,
          label: `${m.name}${m.specialities.length ? `（${m.specialities.join('、')}）` : ''}`,
        }))}
      />
    ),
    rejectReason: <Select options={REJECT_REASONS.map((r) => ({ value: r, label: REJECT_REASON_LABELS[r] }))} />,
    note: <Input.TextArea rows={2} maxLength={1000} />,
    heldAt: <DatePicker showTime format="YYYY-MM-DD HH:mm" />,
    place: <Input maxLength={60} />,
    record: <Input.TextArea rows={4} maxLength={4000} placeholder="双方陈述、争议焦点、调解员做的工作、双方意见" />,
    partyIds: <Checkbox.Group options={parties} />,
    extensionDays: <InputNumber min={1} max={MAX_EXTENSION_DAYS} addonAfter="天" />,
    consentPartyIds: <Checkbox.Group options={parties} />,
    reason: <Input.TextArea rows={2} maxLength={1000} />,
    agreementForm: (
      <Radio.Group>
        <Radio value="written">书面协议（打印协议书签字）</Radio>
        <Radio value="oral">口头协议（调解员记录）</Radio>
      </Radio.Group>
    ),
    terms: <Input.TextArea rows={4} maxLength={4000} placeholder="如：被申请人于5月31日前一次性支付申请人修缮费800元" />,
    performanceDueOn: <DatePicker />,
    failedRoute: <Select options={FAILED_ROUTES.map((r) => ({ value: r, label: FAILED_ROUTE_LABELS[r] }))} />,
    court: <Input maxLength={60} />,
    confirmed: (
      <Radio.Group>
        <Radio value={true}>裁定确认有效</Radio>
        <Radio value={false}>不予确认</Radio>
      </Radio.Group>
    ),
    rating: <Select options={FOLLOW_UP_RATINGS.map((r) => ({ value: r, label: FOLLOW_UP_RATING_LABELS[r] }))} />,
  };
  const fields = [...allowed.required, ...allowed.optional];
  const submit = async (values: Record<string, unknown>) => {
    const body: Record<string, unknown> = { action: allowed.action, expectedVersion: dispute.version };
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined || v === null || v === '') continue;
      if (k === 'heldAt') body[k] = (v as Dayjs).toISOString();
      else if (k === 'performanceDueOn') body[k] = (v as Dayjs).format('YYYY-MM-DD');
      else body[k] = v;
    }
    try {
      await act.mutateAsync(body as never);
      message.success(`已${DISPUTE_ACTION_LABELS[allowed.action]}`);
      form.resetFields();
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  const initial = Object.fromEntries(
    fields.map((f) => [
      f,
      f === 'heldAt'
        ? dayjs()
        : f === 'partyIds'
          ? dispute.parties.map((p) => p.id)
          : f === 'mediatorIds' && dispute.mediators.length
            ? dispute.mediators.map((m) => m.id)
            : DEFAULTS[f],
    ]),
  );
  return (
    <Modal
      title={DISPUTE_ACTION_LABELS[allowed.action]}
      open
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={DISPUTE_ACTION_LABELS[allowed.action]}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      {fields.length === 0 ? (
        <p>
          确认对纠纷 {dispute.disputeNo} 执行「{DISPUTE_ACTION_LABELS[allowed.action]}」？
        </p>
      ) : null}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={initial}>
        {fields.map((f) => (
          <Form.Item
            key={f}
            name={f}
            label={LABELS[f] ?? f}
            rules={allowed.required.includes(f) ? [{ required: true, message: `请填写${LABELS[f] ?? f}` }] : []}
          >
            {widget[f] ?? <Input />}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
