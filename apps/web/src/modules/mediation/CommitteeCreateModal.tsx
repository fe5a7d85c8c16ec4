import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { COMMITTEE_SEATS, COMMITTEE_SEAT_LABELS, termEndOf } from '@linli/shared';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { errorMessage } from '../../api/api-error';
import { AreaTreeSelect, type AreaValue } from '../org';
import { useCreateCommittee } from './mediation-queries';

const COMMUNITY: readonly ['community'] = ['community'];

interface Values {
  community: AreaValue;
  name: string;
  termStartsOn: Dayjs;
  members: { name: string; gender: 'male' | 'female'; seat: (typeof COMMITTEE_SEATS)[number] }[];
}

/** 设立委员会: the community, its name and the members chosen by the residents' meeting; the server checks 3–9, a woman, one chair. */
export function CommitteeCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateCommittee();
  const { message } = App.useApp();
  const start = Form.useWatch('termStartsOn', form);
  const submit = async (v: Values) => {
    try {
      await create.mutateAsync({ communityId: v.community.value, name: v.name, termStartsOn: v.termStartsOn.format('YYYY-MM-DD'), members: v.members });
      message.success('已设立调解委员会');
      form.resetFields();
      onClose();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal
      title="设立人民调解委员会"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="设立"
      confirmLoading={create.isPending}
      width={620}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => changed.community && form.setFieldValue('name', `${changed.community.label}人民调解委员会`)}
        initialValues={{
          termStartsOn: dayjs(),
          members: [
            { seat: 'chair', gender: 'male' },
            { seat: 'deputy', gender: 'female' },
            { seat: 'member', gender: 'female' },
          ],
        }}
      >
        <Form.Item name="community" label="社区" rules={[{ required: true, message: '请选择社区' }]}>
          <AreaTreeSelect pick={COMMUNITY} placeholder="选择社区" />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, min: 4, message: '请填写委员会名称' }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="termStartsOn"
          label="本届任期开始"
          rules={[{ required: true }]}
          extra={start ? `每届三年，至 ${termEndOf(start.format('YYYY-MM-DD'))}` : undefined}
        >
          <DatePicker />
        </Form.Item>
        <Typography.Text strong>委员（三至九人，应有妇女成员，设主任一人）</Typography.Text>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" style={{ display: 'flex', marginTop: 8 }}>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, min: 2, message: '请填写姓名' }]}>
                    <Input placeholder="姓名" style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'gender']}>
                    <Select
                      style={{ width: 70 }}
                      options={[
                        { value: 'female', label: '女' },
                        { value: 'male', label: '男' },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'seat']}>
                    <Select style={{ width: 100 }} options={COMMITTEE_SEATS.map((s) => ({ value: s, label: COMMITTEE_SEAT_LABELS[s] }))} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label="移除" onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ seat: 'member', gender: 'female' })} disabled={fields.length >= 9}>
                添加委员
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
