import { registerUnitRequest, type PartnerUnitView, type RegisterUnitRequest } from '@linli/shared';
import { App, DatePicker, Form, Input, Modal, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { zodRule } from '../../ui/zod-rule';
import { PhotoPicker } from '../../ui/photos/PhotoPicker';
import { CommunityField, communityIdOf } from './CommunityField';
import { useRegisterUnit } from './partner-queries';
import { applyClaimsFormError } from './form-errors';

interface Values {
  community?: unknown;
  agreementTitle: string;
  term: [Dayjs, Dayjs];
  commitments: string;
  file?: string[];
  partTimeSeat?: boolean;
}

/** 办理报到: the unit registers with a community and the co-building agreement is recorded. */
export function UnitRegisterModal({ unit, onClose }: { unit: PartnerUnitView | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const register = useRegisterUnit();
  const [uploading, setUploading] = useState(false);
  const year = dayjs().year();

  const submit = (v: Values) => {
    if (!unit) return;
    const body: RegisterUnitRequest = {
      communityId: communityIdOf(v.community) ?? '',
      agreementTitle: v.agreementTitle.trim(),
      startsOn: v.term[0].format('YYYY-MM-DD'),
      endsOn: v.term[1].format('YYYY-MM-DD'),
      commitments: v.commitments.trim(),
      fileKey: v.file?.[0],
      partTimeSeat: v.partTimeSeat ?? false,
    };
    register.mutate(
      { unitId: unit.id, body },
      {
        onSuccess: () => {
          message.success(`${unit.name}已报到，可以认领本社区的需求了`);
          onClose();
        },
        onError: (error) => {
          if (!applyClaimsFormError(form, error, { startsOn: 'term', endsOn: 'term' })) message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open={unit !== null}
      title={unit ? `办理报到 · ${unit.name}` : ''}
      okText="确认报到"
      okButtonProps={{ loading: register.isPending, disabled: uploading }}
      onCancel={onClose}
      onOk={() => form.validateFields().then(submit, () => undefined)}
      destroyOnHidden
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ agreementTitle: unit ? `${unit.name}共建协议` : '', term: [dayjs(`${year}-01-01`), dayjs(`${year}-12-31`)] }}
      >
        <CommunityField label="报到社区" />
        <Form.Item
          name="agreementTitle"
          label="协议名称"
          rules={[{ required: true, whitespace: true, message: '请填写协议名称' }, zodRule(registerUnitRequest.shape.agreementTitle)]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="term" label="协议期限" rules={[{ required: true, message: '请选择协议起止日期' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="commitments"
          label="共建承诺"
          rules={[{ required: true, whitespace: true, message: '请填写共建承诺' }, zodRule(registerUnitRequest.shape.commitments)]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder="如：每季度开展一次共建活动，每年认领不少于3项社区需求" />
        </Form.Item>
        <Form.Item name="file" label="协议扫描件" extra="选填，拍照上传签字盖章页（1张）">
          <PhotoPicker max={1} onUploadingChange={setUploading} />
        </Form.Item>
        <Form.Item name="partTimeSeat" label="担任社区大党委兼职委员" valuePropName="checked">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
