import { SUGGESTION_STATE_LABELS } from '@linli/shared';
import { App, Button, Card, Empty, Form, Input, List, Spin, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../api/api-error';
import { H5Page } from '../../../h5/H5Page';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDate } from '../../../ui/time-format';
import { SUGGESTION_STATE_COLORS } from '../deliberation-format';
import { useCreateSuggestion, useMySuggestions } from '../deliberation-queries';

/** 我的建议 and 提建议: a resident's suggestions with their state, and the form for a new one. */
export function H5MySuggestionsPage() {
  const list = useMySuggestions();
  const create = useCreateSuggestion();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const submit = async (v: { title: string; content: string }) => {
    try {
      await create.mutateAsync({ ...v, source: 'h5' });
      message.success('建议已提交，社区研判后会告诉您怎么办');
      form.resetFields();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <H5Page title="我的建议">
      <Card size="small" title="提建议" style={{ marginBottom: 12 }}>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="title" label="建议" rules={[{ required: true, min: 2, message: '请用一句话说明建议' }]}>
            <Input maxLength={60} placeholder="如：北门空地建电动车充电棚" />
          </Form.Item>
          <Form.Item name="content" label="具体说说" rules={[{ required: true, min: 5, message: '请把建议写具体一些（至少5个字）' }]}>
            <Input.TextArea rows={3} maxLength={2000} placeholder="在哪里、什么问题、您建议怎么办" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={create.isPending}>
            提交建议
          </Button>
        </Form>
      </Card>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.isLoading ? <Spin /> : null}
      {list.data && list.data.items.length === 0 ? <Empty description="还没有提过建议。在上面写下您对小区的建议，每一步办理都会通知您。" /> : null}
      {list.data?.items.length ? (
        <List
          bordered
          style={{ background: '#fff' }}
          dataSource={list.data.items}
          renderItem={(s) => (
            <List.Item extra={<Tag color={SUGGESTION_STATE_COLORS[s.state]}>{SUGGESTION_STATE_LABELS[s.state]}</Tag>}>
              <List.Item.Meta title={<Link to={`/h5/suggestions/${s.id}`}>{s.title}</Link>} description={`${s.communityName} · ${formatDate(s.createdAt)}`} />
            </List.Item>
          )}
        />
      ) : null}
    </H5Page>
  );
}
