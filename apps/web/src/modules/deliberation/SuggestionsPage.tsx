import { PlusOutlined } from '@ant-design/icons';
import {
  SUGGESTION_OUTCOMES,
  SUGGESTION_OUTCOME_LABELS,
  SUGGESTION_SOURCE_LABELS,
  SUGGESTION_STATES,
  SUGGESTION_STATE_LABELS,
  isRunningProject,
  type SuggestionListItem,
  type SuggestionOutcome,
  type SuggestionSource,
  type SuggestionState,
} from '@linli/shared';
import { App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { formatDate } from '../../ui/time-format';
import { ExportButton } from '../../ui/export/ExportButton';
import { SUGGESTION_STATE_COLORS } from './deliberation-format';
import { requestSuggestionExport, useCreateSuggestion, useSuggestions } from './deliberation-queries';

function NewSuggestionModal({ open, onClose, meetingId }: { open: boolean; onClose: () => void; meetingId?: string }) {
  const [form] = Form.useForm();
  const create = useCreateSuggestion();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const submit = async () => {
    // An incomplete form shows its own messages; the refusal must not escape as an unhandled rejection.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const s = await create.mutateAsync({ ...v, meetingId });
      message.success('已登记');
      onClose();
      navigate(`/deliberation/suggestions/${s.id}`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal title="登记居民建议" open={open} onCancel={onClose} onOk={submit} okText="登记" confirmLoading={create.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ source: meetingId ? 'meeting' : 'visit' }}>
        <Form.Item name="source" label="来源" rules={[{ required: true }]}>
          <Select options={(['meeting', 'visit', 'board'] as const).map((s) => ({ value: s, label: SUGGESTION_SOURCE_LABELS[s] }))} />
        </Form.Item>
        <Form.Item name="suggesterName" label="建议人">
          <Input placeholder="如：3号楼王阿姨" maxLength={20} />
        </Form.Item>
        <Form.Item name="title" label="建议" rules={[{ required: true, min: 2, message: '请填写建议标题' }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="content" label="具体内容" rules={[{ required: true, min: 5, message: '请把建议写具体一些' }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 居民建议: every suggestion of the caller's area with its route and state; staff enter ones from meetings, visits and the board, and export. */
export function SuggestionsPage() {
  const [params] = useSearchParams();
  const meetingId = params.get('meetingId') ?? undefined;
  const [state, setState] = useState<SuggestionState | undefined>();
  const [outcome, setOutcome] = useState<SuggestionOutcome | undefined>();
  const [creating, setCreating] = useState(false);
  // The command-centre screen opens this list filtered to one community.
  const communityId = params.get('communityId') ?? undefined;
  const query = { state, outcome, meetingId, communityId, limit: 200 };
  const list = useSuggestions(query);
  return (
    <>
      <PageHeader
        title="居民建议"
        description="议事会、走访、留言板和居民手机上收集的建议。每条定一个办理途径：即办即销、定期追踪（转案件）、长期推进（立项）、提交业主大会或不予采纳（须说明理由），每一步都会通知建议人。"
        extra={
          <Space>
            <ExportButton
              target={{ job: () => requestSuggestionExport(query) }}
              disabled={!list.data?.items.length}
              hint="按当前筛选条件导出全部建议；条数多时在后台生成，完成后下载"
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记建议
            </Button>
          </Space>
        }
      />
      {list.error ? <ErrorAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            allowClear
            placeholder="全部状态"
            style={{ width: 160 }}
            value={state}
            onChange={setState}
            options={SUGGESTION_STATES.map((s) => ({ value: s, label: SUGGESTION_STATE_LABELS[s] }))}
          />
          <Select
            allowClear
            placeholder="全部办理途径"
            style={{ width: 160 }}
            value={outcome}
            onChange={setOutcome}
            options={SUGGESTION_OUTCOMES.map((o) => ({ value: o, label: SUGGESTION_OUTCOME_LABELS[o] }))}
          />
          {meetingId ? <Tag closable={false}>只看这次议事会的建议</Tag> : null}
        </Space>
        <Table<SuggestionListItem>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 条${list.data?.nextCursor ? '（仅显示最近200条，可导出全部）' : ''}` }}
          locale={{ emptyText: '还没有建议。居民在手机「我的建议」里提交，或点右上角「登记建议」录入议事会和走访中收集的。' }}
          columns={[
            { title: '建议', dataIndex: 'title', render: (t: string, s) => <Link to={`/deliberation/suggestions/${s.id}`}>{t}</Link> },
            { title: '社区', dataIndex: 'communityName' },
            { title: '来源', dataIndex: 'source', render: (s: SuggestionSource) => SUGGESTION_SOURCE_LABELS[s] },
            { title: '建议人', dataIndex: 'suggesterName' },
            { title: '办理途径', dataIndex: 'outcome', render: (o: SuggestionOutcome | null) => (o ? SUGGESTION_OUTCOME_LABELS[o] : '待研判') },
            {
              title: '状态',
              key: 'state',
              render: (_, s) => (
                <Tag color={SUGGESTION_STATE_COLORS[s.state]}>
                  {SUGGESTION_STATE_LABELS[s.state]}
                  {isRunningProject(s.state) ? ` ${s.progress}%` : ''}
                </Tag>
              ),
            },
            { title: '收集日期', dataIndex: 'createdAt', render: (v: string) => formatDate(v) },
          ]}
        />
      </Card>
      <NewSuggestionModal open={creating} onClose={() => setCreating(false)} meetingId={meetingId} />
    </>
  );
}
