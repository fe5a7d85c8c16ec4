import type { MeetingNeedItem } from '@linli/shared';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { errorMessage } from '../../../api/api-error';
import { applyFormError } from '../../../ui/apply-form-error';
import { CategoryTreeSelect, useDistrictDepartments } from '../../cases';
import { useReferNeed } from './meeting-queries';

interface Values {
  departmentId?: string;
  categoryId?: string;
  note?: string;
}

/** 交办部门: pick the functional department and the case category (which sets the time limit) for one need. */
export function ReferNeedModal({ need, onClose }: { need: MeetingNeedItem | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const refer = useReferNeed();
  const { departments, loading, failed } = useDistrictDepartments();
  const submit = (v: Values) => {
    if (!need) return;
    refer.mutate(
      {
        id: need.id,
        body: { expectedVersion: need.version, departmentId: v.departmentId ?? '', categoryId: v.categoryId ?? '', note: v.note?.trim() || undefined },
      },
      {
        onSuccess: (done) => {
          message.success(`已交办${done.referral?.departmentName ?? ''}，案件编号 ${done.referral?.caseNo ?? ''}`);
          onClose();
        },
        onError: (error) => {
          if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );
  };
  return (
    <Modal
      open={need !== null}
      title="联席会交办职能部门"
      okText="确认交办"
      okButtonProps={{ loading: refer.isPending }}
      onCancel={onClose}
      onOk={() => form.validateFields().then(submit, () => undefined)}
      destroyOnHidden
    >
      {need && (
        <Typography.Paragraph type="secondary">
          {need.communityName}：{need.title}（已等待 {need.daysOpen} 天）
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="departmentId" label="承办部门" rules={[{ required: true, message: '请选择承办部门' }]}>
          <Select
            placeholder={failed ? '部门列表读取失败，请刷新重试' : '选择职能部门'}
            loading={loading}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            showSearch
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item
          name="categoryId"
          label="案件类别"
          rules={[{ required: true, message: '请选择案件类别' }]}
          extra="办理时限按所选类别的规定计算，交办后可在案件中查看进度"
        >
          <CategoryTreeSelect />
        </Form.Item>
        <Form.Item name="note" label="交办要求">
          <Input.TextArea rows={3} maxLength={500} placeholder="可选，如：请于两周内完成并向社区反馈" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
