import { PlusOutlined } from '@ant-design/icons';
import type { SkillEntryView, TeamView } from '@linli/shared';
import { App, Button, Card, Col, Empty, Form, Input, Modal, Row, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useMe } from '../auth';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { applyFormError } from '../../ui/apply-form-error';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useAddTeamMember, useCreateTeam, useRemoveTeamMember, useSkillSearch, useTeams } from './volunteer-queries';

function CreateTeamModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ name: string; level: 'community' | 'street'; description?: string }>();
  const { data: me } = useMe();
  const create = useCreateTeam();
  const { message } = App.useApp();
  // A team belongs to the node of the caller's post: a community worker's community, a street officer's street.
  const post = me?.posts.find((p) => p.role === 'communityStaff' || p.role === 'streetOfficer');
  const submit = async (v: { name: string; description?: string }) => {
    if (!post) return;
    try {
      await create.mutateAsync({
        name: v.name,
        description: v.description ?? '',
        level: post.role === 'streetOfficer' ? 'street' : 'community',
        nodeId: post.nodeId,
      });
      form.resetFields();
      onClose();
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };
  return (
    <Modal
      title={`新建服务队（${post?.nodeName ?? ''}）`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="新建"
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {post ? null : <ErrorAlert title="无法新建" error={new Error('只有社区工作人员或街道干部可以新建服务队')} />}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="name" label="服务队名称" rules={[{ required: true, message: '请填写服务队名称' }]}>
          <Input maxLength={40} placeholder="如：清泉红马甲服务队" />
        </Form.Item>
        <Form.Item name="description" label="服务内容">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TeamCard({ team, candidates }: { team: TeamView; candidates: SkillEntryView[] }) {
  const add = useAddTeamMember();
  const remove = useRemoveTeamMember();
  const { message } = App.useApp();
  const options = candidates
    .filter((c) => !team.members.some((m) => m.userId === c.userId))
    .map((c) => ({ value: c.userId, label: `${c.name}（${c.skills.join('、')}）` }));
  const onAdd = (userId: string) => add.mutateAsync({ teamId: team.id, userId }).catch((error) => message.error(errorMessage(error)));
  return (
    <Card
      title={team.name}
      extra={
        <Tag>
          {team.level === 'street' ? '街道' : '社区'} · {team.nodeName}
        </Tag>
      }
      style={{ marginBottom: 16 }}
    >
      {team.description ? <p>{team.description}</p> : null}
      <div style={{ marginBottom: 12 }}>
        {team.members.length ? (
          team.members.map((m) => (
            <Tag key={m.userId} closable onClose={(e) => (e.preventDefault(), remove.mutate({ teamId: team.id, userId: m.userId }))}>
              {m.name}
            </Tag>
          ))
        ) : (
          <span style={{ color: '#999' }}>还没有队员，请从技能库中选择党员加入。</span>
        )}
      </div>
      <Select
        showSearch
        placeholder="添加队员（从技能库选择）"
        options={options}
        optionFilterProp="label"
        value={null}
        onChange={onAdd}
        style={{ width: '100%' }}
      />
    </Card>
  );
}

/** 服务队与技能库: teams with their members, and "who can do X" in the caller's area. */
export function TeamsPage() {
  const [creating, setCreating] = useState(false);
  const [skill, setSkill] = useState('');
  const search = useDebouncedValue(skill, 300);
  const teams = useTeams();
  const skills = useSkillSearch(search);
  const everyone = useSkillSearch('');
  return (
    <>
      <PageHeader
        title="服务队与技能库"
        description="组建志愿服务队；按技能查找能提供法律援助、理发、家电维修等服务的报到党员。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建服务队
          </Button>
        }
      />
      {teams.error ? <ErrorAlert error={teams.error} onRetry={() => teams.refetch()} /> : null}
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          {teams.data && teams.data.length === 0 ? <Empty description="还没有服务队。点右上角「新建服务队」，再从技能库添加队员。" /> : null}
          {teams.data?.map((t) => (
            <TeamCard key={t.id} team={t} candidates={everyone.data ?? []} />
          ))}
        </Col>
        <Col xs={24} lg={14}>
          <Card title="技能库">
            <Input.Search
              placeholder="输入技能或职业，如 法律援助、理发、电工"
              allowClear
              value={skill}
              onChange={(e) => setSkill(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {skills.error ? <ErrorAlert error={skills.error} /> : null}
            <Table<SkillEntryView>
              rowKey="id"
              size="small"
              loading={skills.isLoading}
              dataSource={skills.data ?? []}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{
                emptyText: search ? `没有找到会「${search}」的党员，换个说法试试（如“维修”“法律”）。` : '技能库还是空的。报到党员可在手机「我的技能」里登记。',
              }}
              columns={[
                { title: '姓名', dataIndex: 'name' },
                { title: '社区', dataIndex: 'communityName' },
                { title: '职业', dataIndex: 'profession' },
                { title: '技能', dataIndex: 'skills', render: (s: string[]) => s.map((x) => <Tag key={x}>{x}</Tag>) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <CreateTeamModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
