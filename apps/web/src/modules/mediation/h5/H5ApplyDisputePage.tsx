import { DISPUTE_KINDS, DISPUTE_KIND_LABELS, applyDisputeRequest, type ApplyDisputeInput } from '@linli/shared';
import { App, Button, Card, Form, Input, Select, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../api/api-error';
import { H5Page } from '../../../h5/H5Page';
import { applyFormError } from '../../../ui/apply-form-error';
import { zodRule } from '../../../ui/zod-rule';
import { useApplyDispute } from '../mediation-queries';

type Values = Omit<ApplyDisputeInput, 'otherPartyAddress' | 'preferredTime'> & { otherPartyAddress?: string; preferredTime?: string };
const shape = applyDisputeRequest.shape;

/**
 * 申请调解: a resident asks their community's people's mediation committee to mediate. Their own name comes
 * from their account; the other party is named as they know them. The committee is told and calls back.
 */
export function H5ApplyDisputePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const apply = useApplyDispute();
  const onFinish = (v: Values) =>
    apply.mutate(
      {
        kind: v.kind,
        summary: v.summary.trim(),
        otherPartyName: v.otherPartyName.trim(),
        otherPartyPhone: v.otherPartyPhone?.trim() || undefined,
        otherPartyAddress: v.otherPartyAddress?.trim() ?? '',
        preferredTime: v.preferredTime?.trim() ?? '',
      },
      {
        onSuccess: (d) => {
          message.success(`申请已提交，编号 ${d.disputeNo}。调解委员会会尽快联系您`);
          navigate('/h5/my-disputes', { replace: true });
          // The form was scrolled down to its button: 我的调解 opens at the top, where the new application is.
          window.scrollTo(0, 0);
        },
        onError: (error) => {
          if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );
  return (
    <H5Page title="申请调解" back="/h5/my-disputes">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        人民调解免费。提交后由您所在社区的人民调解委员会受理，调解员会电话联系您约定时间，一般在一个月内调结。
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" requiredMark={false} size="large" onFinish={onFinish} initialValues={{ kind: 'neighbour' }}>
        <Card variant="borderless" size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="kind" label="纠纷类型" rules={[{ required: true, message: '请选择纠纷类型' }]}>
            <Select options={DISPUTE_KINDS.map((k) => ({ value: k, label: DISPUTE_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="summary" label="发生了什么" rules={[{ required: true, message: '请说明发生了什么' }, zodRule(shape.summary)]}>
            <Input.TextArea rows={5} maxLength={1000} showCount placeholder="什么时候、因为什么事、和对方沟通过没有、希望怎么解决" />
          </Form.Item>
        </Card>
        <Card variant="borderless" size="small" title="对方当事人" style={{ marginBottom: 12 }}>
          <Form.Item name="otherPartyName" label="姓名或称呼" rules={[{ required: true, message: '请填写对方姓名或称呼' }, zodRule(shape.otherPartyName)]}>
            <Input maxLength={20} placeholder="如：楼上502王先生" />
          </Form.Item>
          <Form.Item name="otherPartyPhone" label="联系电话（选填）" rules={[zodRule(applyDisputeRequest.shape.otherPartyPhone.unwrap())]}>
            <Input inputMode="tel" maxLength={11} placeholder="知道的话填写，方便调解员联系" />
          </Form.Item>
          <Form.Item name="otherPartyAddress" label="住址（选填）" style={{ marginBottom: 0 }}>
            <Input maxLength={80} placeholder="如：3号楼2单元502" />
          </Form.Item>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
            对方的电话和住址只有调解委员会能看到。
          </Typography.Paragraph>
        </Card>
        <Card variant="borderless" size="small" style={{ marginBottom: 12 }}>
          <Form.Item name="preferredTime" label="希望什么时间调解（选填）" style={{ marginBottom: 0 }} rules={[zodRule(shape.preferredTime)]}>
            <Input maxLength={60} placeholder="如：工作日晚上七点以后" />
          </Form.Item>
        </Card>
        <Button type="primary" htmlType="submit" block size="large" loading={apply.isPending}>
          提交申请
        </Button>
      </Form>
    </H5Page>
  );
}
