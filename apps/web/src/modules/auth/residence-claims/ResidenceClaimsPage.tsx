import {
  RESIDENCE_CLAIM_STATE_LABELS,
  rejectResidenceClaimRequest,
  isOpenResidenceClaim,
  type ResidenceClaimState,
  type ResidenceClaimView,
} from '@linli/shared';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../api/api-error';
import { PageHeader } from '../../../ui/PageHeader';
import { zodRule } from '../../../ui/zod-rule';
import { NodeTreeSelect } from '../../org';
import { useDecideResidenceClaim, useResidenceClaims } from './residence-claim-queries';
import { formatDateTime } from '../../../ui/time-format';

const STATE_COLORS: Record<ResidenceClaimState, string> = { pending: 'orange', approved: 'green', rejected: 'default' };

type Decision = { claim: ResidenceClaimView; kind: 'approve' | 'reject' };

/** Approve (choose the house in the area tree) or reject (with a reason) one claim. */
function DecisionModal({ decision, onClose }: { decision: Decision | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ houseId?: string; reason?: string }>();
  const decide = useDecideResidenceClaim();
  const approving = decision?.kind === 'approve';
  const submit = async () => {
    if (!decision) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input = approving ? { id: decision.claim.id, houseId: values.houseId! } : { id: decision.claim.id, reason: values.reason! };
    decide.mutate(input, {
      onSuccess: () => {
        message.success(approving ? '已通过，居民已绑定到所选房屋' : '已驳回');
        form.resetFields();
        onClose();
      },
      onError: (e) => message.error(errorMessage(e)),
    });
  };
  return (
    <Modal
      title={approving ? '通过住址认证' : '驳回住址认证'}
      open={decision !== null}
      onCancel={onClose}
      onOk={submit}
      okText={approving ? '通过' : '驳回'}
      okButtonProps={{ danger: !approving }}
      cancelText="取消"
      confirmLoading={decide.isPending}
      destroyOnHidden
    >
      {decision && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={`${decision.claim.userDisplayName}：${decision.claim.communityName} ${decision.claim.address}`}
        />
      )}
      <Form form={form} layout="vertical" requiredMark={false}>
        {approving ? (
          <Form.Item
            name="houseId"
            label="房屋"
            extra="逐级展开 社区 → 网格 → 楼栋 → 单元，选择居民所住的房屋"
            rules={[{ required: true, message: '请选择房屋' }]}
          >
            <NodeTreeSelect selectable={(n) => n.kind === 'house'} placeholder="选择房屋" />
          </Form.Item>
        ) : (
          <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请填写不通过的原因' }, zodRule(rejectResidenceClaimRequest.shape.reason)]}>
            <Input.TextArea rows={3} maxLength={200} placeholder="居民会看到这个原因，如：经核实本社区无此住址" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** 住址认证: community staff check pending residents' claimed addresses and bind them to a house, or reject with a reason (ADR 0008). */
export function ResidenceClaimsPage() {
  const { data, isLoading, error } = useResidenceClaims();
  const [decision, setDecision] = useState<Decision | null>(null);
  const columns: TableColumnsType<ResidenceClaimView> = [
    { title: '申请人', dataIndex: 'userDisplayName', width: 120 },
    { title: '社区', dataIndex: 'communityName', width: 140 },
    { title: '填写的住址', dataIndex: 'address' },
    { title: '状态', dataIndex: 'state', width: 90, render: (s: ResidenceClaimState) => <Tag color={STATE_COLORS[s]}>{RESIDENCE_CLAIM_STATE_LABELS[s]}</Tag> },
    { title: '申请时间', dataIndex: 'createdAt', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_: unknown, row) =>
        isOpenResidenceClaim(row.state) ? (
          <Space size="small">
            <Button size="small" type="primary" onClick={() => setDecision({ claim: row, kind: 'approve' })} aria-label={`通过：${row.userDisplayName}`}>
              通过
            </Button>
            <Button size="small" danger onClick={() => setDecision({ claim: row, kind: 'reject' })} aria-label={`驳回：${row.userDisplayName}`}>
              驳回
            </Button>
          </Space>
        ) : (
          (row.reason ?? '')
        ),
    },
  ];
  return (
    <>
      <PageHeader title="住址认证" description="手机号不在居民台账中的居民登录后需申请绑定住址：核实后选择其所住房屋通过；不符合的请写明原因驳回。" />
      <Card>
        {error && <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 16 }} />}
        <Table
          rowKey="id"
          size="middle"
          loading={isLoading}
          columns={columns}
          dataSource={data ?? []}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: '暂无住址认证申请' }}
        />
      </Card>
      <DecisionModal decision={decision} onClose={() => setDecision(null)} />
    </>
  );
}
