import {
  NEED_DOMAIN_LABELS,
  NEED_DOMAINS,
  NEED_KIND_LABELS,
  NEED_KINDS,
  NEED_SOURCE_LABELS,
  NEED_SOURCES,
  createNeedRequest,
  type CreateNeedRequest,
  type NeedDomain,
  type NeedKind,
  type NeedSource,
} from '@linli/shared';
import { App, Button, Card, Form, Input, Radio, Select, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../api/api-error';
import { PageHeader } from '../../ui/PageHeader';
import { zodRule } from '../../ui/zod-rule';
import { CommunityField, communityIdOf } from './CommunityField';
import { useCreateNeed } from './need-queries';
import { applyClaimsFormError } from './form-errors';

interface Values {
  title: string;
  description: string;
  domain: NeedDomain;
  source: NeedSource;
  kind: NeedKind;
  community?: unknown;
}

/** 登记需求: a need collected from residents, visits or meetings, published for partner units to claim. */
export function NeedCreatePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateNeed();

  const submit = (v: Values) => {
    const body: CreateNeedRequest = {
      title: v.title,
      description: v.description,
      domain: v.domain,
      source: v.source,
      kind: v.kind,
      communityId: communityIdOf(v.community),
    };
    create.mutate(body, {
      onSuccess: (need) => {
        message.success('需求已登记，报到单位可以认领了');
        navigate(`/claims/needs/${need.id}`);
      },
      onError: (error) => {
        if (!applyClaimsFormError(form, error)) message.error(errorMessage(error));
      },
    });
  };

  return (
    <>
      <PageHeader title="登记需求" description="登记后发布到需求清单，在本社区报到的共建单位可以认领。" />
      <Card variant="borderless" style={{ maxWidth: 720 }}>
        <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ source: 'resident', kind: 'need' }} requiredMark>
          <CommunityField />
          <Form.Item name="title" label="需求标题" rules={[{ required: true, message: '请填写需求标题' }, zodRule(createNeedRequest.shape.title)]}>
            <Input maxLength={60} showCount placeholder="如：3号楼楼道灯维修" />
          </Form.Item>
          <Form.Item name="domain" label="需求领域" rules={[{ required: true, message: '请选择需求领域' }]}>
            <Select<NeedDomain> placeholder="选择领域" options={NEED_DOMAINS.map((d) => ({ value: d, label: NEED_DOMAIN_LABELS[d] }))} />
          </Form.Item>
          <Form.Item name="kind" label="类别" extra="民生项目是需要共建单位投入资金或长期参与的较大事项">
            <Radio.Group optionType="button" options={NEED_KINDS.map((k) => ({ value: k, label: NEED_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="source" label="需求来源">
            <Radio.Group optionType="button" options={NEED_SOURCES.map((s) => ({ value: s, label: NEED_SOURCE_LABELS[s] }))} />
          </Form.Item>
          <Form.Item name="description" label="需求描述" rules={[{ required: true, message: '请描述需求' }, zodRule(createNeedRequest.shape.description)]}>
            <Input.TextArea rows={5} maxLength={2000} showCount placeholder="在哪里、涉及多少户居民、需要什么样的帮助" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              登记需求
            </Button>
            <Button onClick={() => navigate(-1)}>取消</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
