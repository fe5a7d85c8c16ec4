import {
  RESIDENCE_CLAIM_STATE_LABELS,
  createResidenceClaimRequest,
  APPROVED_RESIDENCE_CLAIM_STATE,
  isOpenResidenceClaim,
  REJECTED_RESIDENCE_CLAIM_STATE,
  type CreateResidenceClaimRequest,
  type ResidenceClaimView,
} from '@linli/shared';
import { Alert, App, Button, Card, Form, Input, Result, Select, Skeleton } from 'antd';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../api/api-error';
import { applyFormError } from '../../../ui/apply-form-error';
import { zodRule } from '../../../ui/zod-rule';
import { useCreateResidenceClaim, useMyResidenceClaim, useReloadMe } from '../residence-claims/residence-claim-queries';
import { H5Page } from '../../../h5/H5Page';

function ClaimState({ claim }: { claim: ResidenceClaimView }) {
  const where = `${claim.communityName} ${claim.address}`;
  if (claim.state === REJECTED_RESIDENCE_CLAIM_STATE)
    return (
      <Alert
        type="warning"
        showIcon
        message={`上次申请${RESIDENCE_CLAIM_STATE_LABELS.rejected}（${where}）`}
        description={`原因：${claim.reason ?? ''}。请核对后重新申请。`}
      />
    );
  return <Alert type="info" showIcon message={`申请${RESIDENCE_CLAIM_STATE_LABELS[claim.state]}`} description={`${where}，社区工作人员核实后会为您绑定。`} />;
}

/** H5 申请绑定住址: a pending resident names their community and address; shows the state of their latest claim. */
export function ResidenceClaimPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateResidenceClaimRequest>();
  const { data, isLoading, error } = useMyResidenceClaim();
  const create = useCreateResidenceClaim();
  const reloadMe = useReloadMe();
  const claim = data?.claim ?? null;

  if (claim?.state === APPROVED_RESIDENCE_CLAIM_STATE) {
    return (
      <H5Page title="绑定住址">
        <Result
          status="success"
          title="住址已绑定"
          extra={
            <Link to="/h5" onClick={() => void reloadMe()}>
              <Button type="primary">返回首页</Button>
            </Link>
          }
        />
      </H5Page>
    );
  }
  const options = (data?.communities ?? []).map((c) => ({ value: c.id, label: `${c.streetName} ${c.name}` }));
  const onFinish = (values: CreateResidenceClaimRequest) =>
    create.mutate(values, {
      onSuccess: () => message.success('已提交，请等待社区审核'),
      onError: (e) => {
        if (!applyFormError(form, e)) message.error(errorMessage(e));
      },
    });

  return (
    <H5Page title="绑定住址">
      <Card variant="borderless">
        {isLoading && <Skeleton active />}
        {error && <Alert type="error" showIcon message={errorMessage(error)} />}
        {claim && <ClaimState claim={claim} />}
        {data && !(claim && isOpenResidenceClaim(claim.state)) && (
          <Form form={form} layout="vertical" requiredMark={false} onFinish={onFinish} style={{ marginTop: 16 }}>
            <Form.Item name="communityId" label="所在社区" rules={[{ required: true, message: '请选择社区' }]}>
              <Select showSearch optionFilterProp="label" options={options} placeholder="选择您居住的社区" />
            </Form.Item>
            <Form.Item
              name="address"
              label="详细住址"
              rules={[{ required: true, message: '请填写详细住址' }, zodRule(createResidenceClaimRequest.shape.address)]}
            >
              <Input placeholder="如 3号楼2单元501室" maxLength={200} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={create.isPending}>
              申请绑定住址
            </Button>
          </Form>
        )}
      </Card>
    </H5Page>
  );
}
