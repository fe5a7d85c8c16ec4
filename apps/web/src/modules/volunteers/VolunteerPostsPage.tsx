import { PlusOutlined } from '@ant-design/icons';
import { SUGGESTED_SKILLS, isPostHeld, type VolunteerPostView } from '@linli/shared';
import { App, AutoComplete, Button, Card, Form, Input, Modal, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { applyFormError } from '../../ui/apply-form-error';
import type { AreaValue } from '../org';
import { CommunityField, pickedCommunity } from './CommunityField';
import { useCreateVolunteerPost, usePostAction, useVolunteerPosts } from './volunteer-queries';
import { formatDate } from '../../ui/time-format';

interface PostValues {
  communityId?: AreaValue | null;
  title: string;
  skill: string;
  description?: string;
}

function CreatePostModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<PostValues>();
  const create = useCreateVolunteerPost();
  const { message } = App.useApp();
  const submit = async (v: PostValues) => {
    try {
      await create.mutateAsync({ title: v.title, skill: v.skill, description: v.description ?? '', communityId: pickedCommunity(v.communityId) });
      form.resetFields();
      onClose();
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };
  return (
    <Modal title="发布志愿岗" open={open} onCancel={onClose} onOk={() => form.submit()} okText="发布" confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <CommunityField />
        <Form.Item name="title" label="岗位名称" rules={[{ required: true, message: '请填写岗位名称' }]}>
          <Input maxLength={40} placeholder="如：矛盾调解岗" />
        </Form.Item>
        <Form.Item
          name="skill"
          label="需要的技能或职业"
          extra="只有在技能库登记了此技能的报到党员可以认领。"
          rules={[{ required: true, message: '请填写需要的技能' }]}
        >
          <AutoComplete options={SUGGESTED_SKILLS.map((s) => ({ value: s }))} placeholder="如：法律援助" />
        </Form.Item>
        <Form.Item name="description" label="岗位说明">
          <Input.TextArea rows={3} maxLength={500} placeholder="时间、地点、要做的事" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 志愿岗: posts the community publishes by skill, who holds each, and release for staff. */
export function VolunteerPostsPage() {
  const [creating, setCreating] = useState(false);
  const posts = useVolunteerPosts();
  const act = usePostAction();
  const { message } = App.useApp();
  return (
    <>
      <PageHeader
        title="志愿岗"
        description="按专业设岗，报到党员在手机上认领；一个岗位只由一人认领。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            发布志愿岗
          </Button>
        }
      />
      {posts.error ? <ErrorAlert error={posts.error} onRetry={() => posts.refetch()} /> : null}
      <Card>
        <Table<VolunteerPostView>
          rowKey="id"
          loading={posts.isLoading}
          dataSource={posts.data ?? []}
          pagination={false}
          locale={{ emptyText: '还没有志愿岗。点右上角「发布志愿岗」，如“矛盾调解岗（需法律援助）”。' }}
          columns={[
            { title: '岗位', dataIndex: 'title' },
            { title: '社区', dataIndex: 'communityName' },
            { title: '需要技能', dataIndex: 'skill', render: (s: string) => <Tag color="blue">{s}</Tag> },
            { title: '状态', key: 'state', render: (_, p) => (isPostHeld(p.state) ? <Tag color="green">已认领 · {p.claimantName}</Tag> : <Tag>待认领</Tag>) },
            { title: '认领时间', dataIndex: 'claimedAt', render: (v: string | null) => (v ? formatDate(v) : '—') },
            {
              title: '操作',
              key: 'actions',
              render: (_, p) =>
                p.allowedActions.includes('release') ? (
                  <Button size="small" onClick={() => act.mutateAsync({ id: p.id, action: 'release' }).catch((e) => message.error(errorMessage(e)))}>
                    释放岗位
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <CreatePostModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
