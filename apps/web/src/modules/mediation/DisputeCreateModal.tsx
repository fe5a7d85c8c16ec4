import { DISPUTE_KINDS, DISPUTE_KIND_LABELS, DISPUTE_SOURCES, DISPUTE_SOURCE_LABELS } from '@linli/shared';
import { App, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { useCommittees, useCreateDispute } from './mediation-queries';

interface Values {
  communityId: string;
  source: (typeof DISPUTE_SOURCES)[number];
  kind: (typeof DISPUTE_KINDS)[number];
  summary: string;
  sourceRef?: string;
  applicant: string;
  applicantPhone?: string;
  respondent: string;
  respondentPhone?: string;
}

/** 登记纠纷: the community (of the committees the caller sees), source, kind, a short account and the two sides. */
export function DisputeCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const committees = useCommittees();
  const create = useCreateDispute();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const options = (committees.data?.items ?? []).map((c) => ({ value: c.communityId, label: c.communityName }));
  const submit = async (v: Values) => {
    try {
      const party = (name: string, side: 'applicant' | 'respondent', phone?: string) => ({ name, side, ...(phone ? { phone } : {}) });
      const d = await create.mutateAsync({
        communityId: v.communityId,
        source: v.source,
        kind: v.kind,
        summary: v.summary,
        sourceRef: v.sourceRef ?? '',
        parties: [party(v.applicant, 'applicant', v.applicantPhone), party(v.respondent, 'respondent', v.respondentPhone)],
      });
      message.success(`已登记纠纷 ${d.disputeNo}`);
      form.resetFields();
      onClose();
      navigate(`/mediation/disputes/${d.id}`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  return (
    <Modal
      title="登记矛盾纠纷"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="登记"
      confirmLoading={create.isPending}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ source: 'application', kind: 'neighbour', communityId: options.length === 1 ? options[0].value : undefined }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="communityId" label="社区" rules={[{ required: true, message: '请选择社区' }]}>
              <Select options={options} placeholder="选择社区" notFoundContent="请先设立调解委员会" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="source" label="来源" rules={[{ required: true }]}>
              <Select options={DISPUTE_SOURCES.map((s) => ({ value: s, label: DISPUTE_SOURCE_LABELS[s] }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
              <Select options={DISPUTE_KINDS.map((k) => ({ value: k, label: DISPUTE_KIND_LABELS[k] }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label="纠纷简要情况" rules={[{ required: true, min: 4, message: '请简述纠纷情况' }]}>
          <Input.TextArea rows={3} maxLength={1000} placeholder="如：楼上住户夜间噪音影响休息，双方多次争吵" />
        </Form.Item>
        <Form.Item name="sourceRef" label="移交文号（警调、诉调、访调时填写）">
          <Input maxLength={60} placeholder="如：（2026）鲁0403民诉前调1001号" />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="applicant" label="申请人" rules={[{ required: true, min: 2, message: '请填写申请人姓名' }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="applicantPhone" label="申请人手机" rules={[{ pattern: /^1\d{10}$/, message: '请填写11位手机号' }]}>
              <Input maxLength={11} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="respondent" label="被申请人" rules={[{ required: true, min: 2, message: '请填写被申请人姓名' }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="respondentPhone" label="被申请人手机" rules={[{ pattern: /^1\d{10}$/, message: '请填写11位手机号' }]}>
              <Input maxLength={11} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
