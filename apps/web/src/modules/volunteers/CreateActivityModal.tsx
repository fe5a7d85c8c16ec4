import { DatePicker, Form, Input, InputNumber, Modal, App } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import type { AreaValue } from '../org';
import { CommunityField, pickedCommunity } from './CommunityField';
import { useCreateActivity } from './volunteer-queries';
import { pickedToIso } from '../../ui/time-format';

interface Values {
  communityId?: AreaValue | null;
  title: string;
  place: string;
  time: [Dayjs, Dayjs];
  capacity: number;
  description?: string;
}

/** 发布活动: title, place, time and capacity; members of the community can then sign up. */
export function CreateActivityModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateActivity();
  const { message } = App.useApp();
  const submit = async (v: Values) => {
    try {
      const activity = await create.mutateAsync({
        communityId: pickedCommunity(v.communityId),
        title: v.title,
        place: v.place,
        startsAt: pickedToIso(v.time[0]),
        endsAt: pickedToIso(v.time[1]),
        capacity: v.capacity,
        description: v.description ?? '',
      });
      form.resetFields();
      onCreated(activity.id);
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };
  return (
    <Modal title="发布志愿活动" open={open} onCancel={onClose} onOk={() => form.submit()} okText="发布" confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ capacity: 10 }}>
        <CommunityField />
        <Form.Item name="title" label="活动名称" rules={[{ required: true, message: '请填写活动名称' }]}>
          <Input maxLength={60} placeholder="如：红色星期五 小区环境整治" />
        </Form.Item>
        <Form.Item name="place" label="活动地点" rules={[{ required: true, message: '请填写活动地点' }]}>
          <Input maxLength={60} placeholder="如：清泉社区党群服务站" />
        </Form.Item>
        <Form.Item name="time" label="活动时间" rules={[{ required: true, message: '请选择活动时间' }]}>
          <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="capacity" label="名额" extra="报满后再报名的党员进入候补，有人取消时自动递补。" rules={[{ required: true, message: '请填写名额' }]}>
          <InputNumber min={1} max={500} />
        </Form.Item>
        <Form.Item name="description" label="活动说明">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
