import { FileTextOutlined } from '@ant-design/icons';
import { createOrderRequest, type ServiceView } from '@linli/shared';
import { App, Button, Card, Empty, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage } from '../../../api/api-error';
import { applyFormError } from '../../../ui/apply-form-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { zodRule } from '../../../ui/zod-rule';
import { H5Page } from '../../../h5/H5Page';
import { useServices } from './claims-queries';
import { useCreateOrder } from './order-queries';

function OrderForm({ service, onCancel }: { service: ServiceView; onCancel: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ note: string }>();
  const create = useCreateOrder();
  const onFinish = ({ note }: { note: string }) =>
    create.mutate(
      { serviceId: service.id, note: note.trim() },
      {
        onSuccess: (order) => {
          message.success('预约成功，社区会尽快安排');
          navigate(`/h5/orders/${order.id}`, { state: { from: '/h5/orders' } });
        },
        onError: (error) => {
          if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );
  return (
    <Form form={form} layout="vertical" requiredMark={false} size="large" onFinish={onFinish} style={{ marginTop: 12 }} aria-label={`预约${service.title}`}>
      <Form.Item
        name="note"
        label="说说您的需要"
        rules={[{ required: true, whitespace: true, message: '请简单说明您的需要' }, zodRule(createOrderRequest.shape.note)]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount placeholder="例如：想约周六上午，家里有位老人行动不便，请上门" />
      </Form.Item>
      <Flex gap={8}>
        <Button block size="large" onClick={onCancel}>
          取消
        </Button>
        <Button type="primary" htmlType="submit" block size="large" loading={create.isPending}>
          提交预约
        </Button>
      </Flex>
    </Form>
  );
}

/** 服务清单: the services the resident's community offers (what, by whom, when); 预约 places an order (群众点单). */
export function ServiceMenuPage() {
  const services = useServices();
  const [ordering, setOrdering] = useState<string | null>(null);
  const items = (services.data ?? []).filter((s) => s.active);
  return (
    <H5Page
      title="服务清单"
      extra={
        <Link to="/h5/orders" aria-label="我的订单">
          <Button type="text" icon={<FileTextOutlined />} style={{ width: 48 }} />
        </Link>
      }
    >
      <Flex vertical gap={8}>
        {services.isError && <ErrorAlert error={services.error} onRetry={() => services.refetch()} />}
        {services.isPending ? (
          <Card variant="borderless">
            <Skeleton active />
          </Card>
        ) : items.length === 0 && !services.isError ? (
          <Card variant="borderless">
            <Empty description="社区还没有发布服务清单，有需要可以先联系您所在网格的网格员。" />
          </Card>
        ) : (
          <Flex vertical gap={8} role="list" aria-label="服务清单">
            {items.map((s) => (
              <Card key={s.id} role="listitem" variant="borderless" size="small">
                <Flex justify="space-between" align="center" gap={8}>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong style={{ fontSize: 16 }}>
                      {s.title}
                    </Typography.Text>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {s.provider} · {s.communityName}
                    </Typography.Text>
                  </div>
                  {ordering !== s.id && (
                    <Button type="primary" size="large" onClick={() => setOrdering(s.id)}>
                      预约
                    </Button>
                  )}
                </Flex>
                {s.description && <Typography.Paragraph style={{ margin: '8px 0 0' }}>{s.description}</Typography.Paragraph>}
                {ordering === s.id && <OrderForm service={s} onCancel={() => setOrdering(null)} />}
              </Card>
            ))}
          </Flex>
        )}
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, textAlign: 'center', marginTop: 8 }}>
          预约后社区会安排服务队或共建单位上门，完成后请在「我的订单」里确认评价。
        </Typography.Paragraph>
      </Flex>
    </H5Page>
  );
}
