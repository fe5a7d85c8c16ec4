import { PlusOutlined } from '@ant-design/icons';
import {
  COMMITTEE_SEAT_LABELS,
  MEDIATOR_BACKGROUNDS,
  MEDIATOR_BACKGROUND_LABELS,
  MEDIATOR_KIND_LABELS,
  type CommitteeView,
  type MediatorView,
} from '@linli/shared';
import { App, Button, Card, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { CommitteeCreateModal } from './CommitteeCreateModal';
import { useAddMediator, useAddScreening, useCommittee, useCommittees } from './mediation-queries';

function AddMediatorForm({ committeeId }: { committeeId: string }) {
  const [form] = Form.useForm();
  const add = useAddMediator(committeeId);
  const { message } = App.useApp();
  const submit = async (v: { name: string; gender: 'male' | 'female'; background: (typeof MEDIATOR_BACKGROUNDS)[number]; specialities?: string[] }) => {
    try {
      await add.mutateAsync({ ...v, kind: 'engaged', specialities: v.specialities ?? [] });
      message.success(`已聘任 ${v.name}`);
      form.resetFields();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Form form={form} layout="inline" onFinish={submit} initialValues={{ gender: 'female', background: 'retiredCadre' }} style={{ rowGap: 8 }}>
      <Form.Item name="name" rules={[{ required: true, min: 2, message: '请填写姓名' }]}>
        <Input placeholder="姓名" style={{ width: 100 }} />
      </Form.Item>
      <Form.Item name="gender">
        <Select
          style={{ width: 70 }}
          options={[
            { value: 'female', label: '女' },
            { value: 'male', label: '男' },
          ]}
        />
      </Form.Item>
      <Form.Item name="background">
        <Select style={{ width: 120 }} options={MEDIATOR_BACKGROUNDS.map((b) => ({ value: b, label: MEDIATOR_BACKGROUND_LABELS[b] }))} />
      </Form.Item>
      <Form.Item name="specialities">
        <Select mode="tags" placeholder="专长，如 邻里纠纷" style={{ width: 200 }} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending} icon={<PlusOutlined />}>
        聘任调解员
      </Button>
    </Form>
  );
}

function AddScreeningForm({ committeeId }: { committeeId: string }) {
  const [form] = Form.useForm();
  const add = useAddScreening(committeeId);
  const { message } = App.useApp();
  const submit = async (v: { heldOn: Dayjs; area: string; found: number }) => {
    try {
      await add.mutateAsync({ heldOn: v.heldOn.format('YYYY-MM-DD'), area: v.area, found: v.found });
      message.success('已登记排查');
      form.resetFields();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Form form={form} layout="inline" onFinish={submit} initialValues={{ heldOn: dayjs(), found: 0 }} style={{ rowGap: 8 }}>
      <Form.Item name="heldOn" rules={[{ required: true }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="area" rules={[{ required: true, min: 2, message: '请填写排查范围' }]}>
        <Input placeholder="排查范围，如 3号楼至8号楼" style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="found" label="发现纠纷">
        <InputNumber min={0} max={500} style={{ width: 70 }} />
      </Form.Item>
      <Button htmlType="submit" loading={add.isPending}>
        登记排查
      </Button>
    </Form>
  );
}

function CommitteeDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const committee = useCommittee(id);
  const c = committee.data;
  return (
    <Drawer open={Boolean(id)} onClose={onClose} width={760} title={c?.name ?? '调解委员会'}>
      {committee.error ? <ErrorAlert error={committee.error} onRetry={() => committee.refetch()} /> : null}
      {c ? (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Typography.Text>
            本届任期 {c.termStartsOn} 至 {c.termEndsOn}
            {c.termExpired ? (
              <Tag color="red" style={{ marginLeft: 8 }}>
                任期已满，请由居民会议推选新一届
              </Tag>
            ) : null}
          </Typography.Text>
          <Table<MediatorView>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={c.mediators}
            columns={[
              { title: '姓名', dataIndex: 'name' },
              { title: '性别', dataIndex: 'gender', width: 60, render: (g: string) => (g === 'female' ? '女' : '男') },
              {
                title: '身份',
                key: 'kind',
                render: (_, m) => (m.kind === 'member' ? COMMITTEE_SEAT_LABELS[m.seat ?? 'member'] : MEDIATOR_KIND_LABELS.engaged),
              },
              { title: '来自', dataIndex: 'background', render: (b: MediatorView['background']) => MEDIATOR_BACKGROUND_LABELS[b] },
              { title: '专长', dataIndex: 'specialities', render: (s: string[]) => s.map((x) => <Tag key={x}>{x}</Tag>) },
              { title: '在办', dataIndex: 'openDisputes', width: 60 },
            ]}
          />
          <AddMediatorForm committeeId={c.id} />
          <Typography.Title level={5}>矛盾纠纷排查（最近）</Typography.Title>
          <AddScreeningForm committeeId={c.id} />
          <Table
            rowKey="id"
            size="small"
            dataSource={c.screenings.slice(0, 20)}
            pagination={false}
            locale={{ emptyText: '还没有排查记录。每十天组织一次排查，把发现的纠纷数登记在这里。' }}
            columns={[
              { title: '日期', dataIndex: 'heldOn', width: 120 },
              { title: '范围', dataIndex: 'area' },
              { title: '发现纠纷', dataIndex: 'found', width: 100 },
            ]}
          />
        </Space>
      ) : null}
    </Drawer>
  );
}

/** 调解委员会: each community's 人民调解委员会 (3–9 members, a woman, three-year term), its mediators and screening rounds. */
export function CommitteesPage() {
  const committees = useCommittees();
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title="调解委员会"
        description="居（村）民委员会设人民调解委员会：委员三至九人，应有妇女成员，每届三年。可聘任退休干部、律师、银发带头人等为调解员。"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            设立委员会
          </Button>
        }
      />
      <Card variant="borderless">
        {committees.error ? <ErrorAlert error={committees.error} onRetry={() => committees.refetch()} /> : null}
        <Table<CommitteeView>
          rowKey="id"
          loading={committees.isLoading}
          dataSource={committees.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: '您管辖的社区还没有设立人民调解委员会。点右上角「设立委员会」，录入委员名单。' }}
          onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { title: '社区', dataIndex: 'communityName', width: 120 },
            { title: '委员会', dataIndex: 'name' },
            { title: '主任', dataIndex: 'chairName', width: 90 },
            { title: '委员', key: 'members', width: 120, render: (_, r) => `${r.memberCount}人（女${r.womenCount}人）` },
            { title: '聘任调解员', dataIndex: 'engagedCount', width: 100 },
            { title: '在办纠纷', dataIndex: 'openDisputes', width: 90 },
            {
              title: '任期',
              key: 'term',
              width: 220,
              render: (_, r) => (
                <Space>
                  {r.termStartsOn} 至 {r.termEndsOn}
                  {r.termExpired ? <Tag color="red">已满</Tag> : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <CommitteeDrawer id={open} onClose={() => setOpen(null)} />
      <CommitteeCreateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
