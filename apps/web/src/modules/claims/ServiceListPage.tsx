import { PlusOutlined } from '@ant-design/icons';
import { createServiceRequest, type ServiceView } from '@linli/shared';
import { App, Button, Card, Form, Input, Modal, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { z } from 'zod';
import { errorMessage } from '../../api/api-error';
import { PageHeader } from '../../ui/PageHeader';
import { CommunityField, communityIdOf } from './CommunityField';
import { CommunityFilter, useCommunityParam } from './CommunityFilter';
import { KeysetTable } from '../../ui/KeysetTable';
import { useCreateService, useServiceList } from './partner-queries';
import { applyClaimsFormError } from './form-errors';

const columns: TableColumnsType<ServiceView> = [
  { title: '服务项目', dataIndex: 'title' },
  { title: '提供方', dataIndex: 'provider', width: 180 },
  { title: '社区', dataIndex: 'communityName', width: 120 },
  { title: '说明', dataIndex: 'description', ellipsis: true },
  { title: '状态', dataIndex: 'active', width: 80, render: (v: boolean) => (v ? <Tag color="green">上架中</Tag> : <Tag>已下架</Tag>) },
];

interface Values {
  community?: unknown;
  title: string;
  provider: string;
  description?: string;
}

function ServiceCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateService();
  const submit = (v: Values) => {
    const body: z.input<typeof createServiceRequest> = {
      communityId: communityIdOf(v.community),
      title: v.title,
      provider: v.provider,
      description: v.description?.trim() ?? '',
    };
    create.mutate(body, {
      onSuccess: () => {
        message.success('服务项目已上架，居民可以在手机上点单了');
        onClose();
      },
      onError: (error) => {
        if (!applyClaimsFormError(form, error)) message.error(errorMessage(error));
      },
    });
  };
  return (
    <Modal
      open={open}
      title="新增服务项目"
      okText="上架"
      okButtonProps={{ loading: create.isPending }}
      onCancel={onClose}
      onOk={() => form.validateFields().then(submit, () => undefined)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <CommunityField />
        <Form.Item
          name="title"
          label="服务项目"
          rules={[
            { required: true, whitespace: true, message: '请填写服务项目' },
            { min: 2, message: '请至少写2个字' },
          ]}
        >
          <Input maxLength={60} showCount placeholder="如：义务理发" />
        </Form.Item>
        <Form.Item name="provider" label="提供方" rules={[{ required: true, whitespace: true, message: '请填写提供方' }]}>
          <Input maxLength={60} placeholder="如：清泉社区志愿服务队" />
        </Form.Item>
        <Form.Item name="description" label="时间地点与说明">
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder="如：每月第一个周六上午，社区党群服务中心" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 服务清单: the public menu residents order from on their phones (订单式服务). */
export function ServiceListPage() {
  const [open, setOpen] = useState(false);
  const communityId = useCommunityParam();
  const { list, rows } = useServiceList(communityId);
  return (
    <>
      <PageHeader
        title="服务清单"
        description="居民在手机上可以点单的服务项目。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            新增服务项目
          </Button>
        }
      />
      <Card variant="borderless">
        <CommunityFilter bar />
        <KeysetTable
          list={list}
          rows={rows}
          columns={columns}
          empty="服务清单还是空的。把志愿服务队、共建单位能常态提供的服务点「新增服务项目」上架，居民就能点单。"
          unit="项"
        />
      </Card>
      <ServiceCreateModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
