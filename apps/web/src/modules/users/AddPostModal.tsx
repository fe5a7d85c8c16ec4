import { ROLE_LABELS, ROLES, type Role, type UserView } from '@linli/shared';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { NodeTreeSelect } from '../org';
import { useAddPost } from './users-queries';

interface Values {
  role: Role;
  nodeId: string;
  title?: string;
}

/** 添加岗位: a role at a node of the area tree, with an optional title (如“网格长”). */
export function AddPostModal({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddPost();
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };

  const submit = async () => {
    if (!user) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setError(null);
    add.mutate(
      { userId: user.id, role: values.role, nodeId: values.nodeId, title: values.title?.trim() || undefined },
      {
        onSuccess: () => {
          message.success('岗位已添加，对方重新登录后生效');
          close();
        },
        onError: (e) => {
          if (!applyFormError(form, e)) setError(errorMessage(e));
        },
      },
    );
  };

  return (
    <Modal
      title={user ? `为 ${user.displayName} 添加岗位` : '添加岗位'}
      open={user !== null}
      onCancel={close}
      onOk={submit}
      okText="添加"
      cancelText="取消"
      confirmLoading={add.isPending}
      forceRender
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="add-post" layout="vertical" requiredMark={false}>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select placeholder="选择角色" options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
        </Form.Item>
        <Form.Item name="nodeId" label="任职区域" rules={[{ required: true, message: '请选择任职区域' }]} extra="岗位能看到所选区域及其下级的数据">
          <NodeTreeSelect />
        </Form.Item>
        <Form.Item name="title" label="职务（选填）" rules={[{ max: 50, message: '职务最多50个字' }]}>
          <Input placeholder="如：网格长、社区书记" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
