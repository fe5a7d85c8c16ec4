import { PlusOutlined } from '@ant-design/icons';
import { type RewardView } from '@linli/shared';
import { App, Button, Card, Empty, Form, Input, InputNumber, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { CommunityField, communityIdOf } from './CommunityField';
import { useCreateReward, useRewards } from './points-queries';
import { applyClaimsFormError } from './form-errors';

interface Values {
  community?: unknown;
  name: string;
  cost: number;
  stock: number;
}

function RewardCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateReward();
  const submit = (v: Values) =>
    create.mutate(
      { communityId: communityIdOf(v.community), name: v.name.trim(), cost: v.cost, stock: v.stock },
      {
        onSuccess: () => {
          message.success('兑换物品已上架');
          onClose();
        },
        onError: (error) => {
          if (!applyClaimsFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );
  return (
    <Modal
      open={open}
      title="上架兑换物品"
      okText="上架"
      okButtonProps={{ loading: create.isPending }}
      onCancel={onClose}
      onOk={() => form.validateFields().then(submit, () => undefined)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <CommunityField />
        <Form.Item
          name="name"
          label="物品或服务"
          rules={[
            { required: true, whitespace: true, message: '请填写名称' },
            { min: 2, message: '请至少写2个字' },
          ]}
        >
          <Input maxLength={60} placeholder="如：环保购物袋" />
        </Form.Item>
        <Form.Item name="cost" label="所需积分" rules={[{ required: true, message: '请填写所需积分' }]}>
          <InputNumber min={1} max={100000} precision={0} addonAfter="分" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="stock" label="库存数量" rules={[{ required: true, message: '请填写库存数量' }]} extra="兑完即止，不会超兑">
          <InputNumber min={0} max={100000} precision={0} addonAfter="件" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 积分兑换: rewards members redeem points for, with what is left in stock; 上架 adds one. */
export function RewardListPage() {
  const [open, setOpen] = useState(false);
  const rewards = useRewards();
  return (
    <>
      <PageHeader
        title="积分兑换"
        description="党员用服务积分兑换的物品和服务，库存随兑换实时减少。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            上架兑换物品
          </Button>
        }
      />
      <Card variant="borderless">
        {rewards.isError && <ErrorAlert error={rewards.error} onRetry={() => rewards.refetch()} />}
        <Table<RewardView>
          rowKey="id"
          size="middle"
          loading={rewards.isPending}
          pagination={false}
          dataSource={rewards.data ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description="还没有可兑换的物品。点「上架兑换物品」，党员就能用积分兑换。" /> }}
          columns={[
            { title: '物品或服务', dataIndex: 'name' },
            { title: '所需积分', dataIndex: 'cost', width: 100 },
            { title: '库存', dataIndex: 'stock', width: 100, render: (v: number) => (v > 0 ? v : <Tag color="default">已兑完</Tag>) },
            { title: '社区', dataIndex: 'communityName', width: 120 },
          ]}
        />
      </Card>
      <RewardCreateModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
