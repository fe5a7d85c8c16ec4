import { RESOURCE_KIND_LABELS, RESOURCE_KINDS, type PartnerUnitView, type ResourceKind } from '@linli/shared';
import { App, Form, Input, Modal, Select } from 'antd';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { useCreateResource } from './partner-queries';

interface Values {
  unitId: string;
  communityId: string;
  kind: ResourceKind;
  title: string;
  description?: string;
}

/** 登记资源: what a unit offers one of the communities it is registered with (rooms, funds, services …). */
export function ResourceCreateModal({ open, units, onClose }: { open: boolean; units: readonly PartnerUnitView[]; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateResource();
  const unitId = Form.useWatch('unitId', form);
  const registrations = units.find((u) => u.id === unitId)?.registrations ?? [];
  const withRegistrations = units.filter((u) => u.registrations.length > 0);

  const submit = (v: Values) =>
    create.mutate(
      { ...v, description: v.description?.trim() ?? '' },
      {
        onSuccess: () => {
          message.success('资源已登记');
          onClose();
        },
        onError: (error) => {
          if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );

  return (
    <Modal
      open={open}
      title="登记资源"
      okText="登记"
      okButtonProps={{ loading: create.isPending }}
      onCancel={onClose}
      onOk={() => form.validateFields().then(submit, () => undefined)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="unitId"
          label="提供单位"
          rules={[{ required: true, message: '请选择单位' }]}
          extra={withRegistrations.length === 0 ? '还没有已报到的共建单位，请先在「共建单位」里办理报到' : undefined}
        >
          <Select
            placeholder="选择共建单位"
            showSearch
            optionFilterProp="label"
            options={withRegistrations.map((u) => ({ value: u.id, label: u.name }))}
            onChange={() => form.setFieldValue('communityId', undefined)}
          />
        </Form.Item>
        <Form.Item name="communityId" label="服务社区" rules={[{ required: true, message: '请选择社区' }]}>
          <Select
            placeholder={unitId ? '选择该单位报到的社区' : '请先选择单位'}
            disabled={!unitId}
            options={registrations.map((r) => ({ value: r.communityId, label: r.communityName }))}
          />
        </Form.Item>
        <Form.Item name="kind" label="资源类型" rules={[{ required: true, message: '请选择资源类型' }]}>
          <Select<ResourceKind> placeholder="选择类型" options={RESOURCE_KINDS.map((k) => ({ value: k, label: RESOURCE_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label="资源名称"
          rules={[
            { required: true, whitespace: true, message: '请填写资源名称' },
            { min: 2, message: '请至少写2个字' },
          ]}
        >
          <Input maxLength={60} showCount placeholder="如：周末开放学校操场" />
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder="开放时间、数量、怎么预约" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
