import { DISPUTE_KINDS, DISPUTE_KIND_LABELS, DISPUTE_SOURCES, DISPUTE_SOURCE_LABELS } from '@linli/shared';
import { Alert, App, Button, Card, Form, Select, Spin, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { PageHeader } from '../../ui/PageHeader';
import { useDisputeFromCase, useDisputes } from './mediation-queries';

/** 转人民调解: a 矛盾纠纷 case becomes a dispute in one step (its description and number carried over); the case hears how it ends. */
export function DisputeFromCasePage() {
  const { caseId = '' } = useParams();
  const open = useDisputeFromCase();
  // A case goes to mediation once: when it already has, the page leads to that dispute instead of a form the server would refuse.
  const linked = useDisputes({ caseId });
  const existing = linked.data?.items[0];
  const navigate = useNavigate();
  const { message } = App.useApp();
  const submit = async (v: { kind: (typeof DISPUTE_KINDS)[number]; source: (typeof DISPUTE_SOURCES)[number] }) => {
    try {
      const d = await open.mutateAsync({ caseId, body: v });
      message.success(`已转人民调解，纠纷编号 ${d.disputeNo}`);
      navigate(`/mediation/disputes/${d.id}`, { replace: true });
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <>
      <PageHeader title="案件转人民调解" description="矛盾纠纷类案件可一键转社区人民调解委员会；调解结束后，结果会写入案件的办理过程。" />
      {linked.isPending ? (
        <Spin />
      ) : existing ? (
        <Alert
          type="info"
          showIcon
          style={{ maxWidth: 560 }}
          message={`本案件已转人民调解，纠纷编号 ${existing.disputeNo}`}
          action={<Link to={`/mediation/disputes/${existing.id}`}>查看纠纷</Link>}
        />
      ) : (
        <Card variant="borderless" style={{ maxWidth: 560 }}>
          <Typography.Paragraph type="secondary">案件的描述和编号会带入纠纷登记，当事人在纠纷页面补充登记。</Typography.Paragraph>
          <Form layout="vertical" onFinish={submit} initialValues={{ kind: 'neighbour', source: 'application' }}>
            <Form.Item name="kind" label="纠纷类型">
              <Select options={DISPUTE_KINDS.map((k) => ({ value: k, label: DISPUTE_KIND_LABELS[k] }))} />
            </Form.Item>
            <Form.Item name="source" label="来源">
              <Select options={DISPUTE_SOURCES.map((s) => ({ value: s, label: DISPUTE_SOURCE_LABELS[s] }))} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={open.isPending}>
              转人民调解
            </Button>
          </Form>
        </Card>
      )}
    </>
  );
}
