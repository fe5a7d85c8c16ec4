import type { TopComplexItem } from '@linli/shared';
import { App, Empty, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { errorMessage } from '../../../api/api-error';
import { applyFormError } from '../../../ui/apply-form-error';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useAssignLeader, useLeaderCandidates } from './hotline-queries';

interface Values {
  leaderUserId: string;
  note?: string;
}

/** 指派包保领导: picks a street officer covering the complex to lead its fixing for the month (帮包整治). */
export function AssignLeaderModal({ month, complex, onClose }: { month: string; complex: TopComplexItem | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const candidates = useLeaderCandidates(complex?.complexId ?? null);
  const assign = useAssignLeader();

  useEffect(() => {
    if (complex) form.setFieldsValue({ leaderUserId: complex.leader?.userId, note: complex.leader?.note ?? undefined });
    else form.resetFields();
  }, [complex, form]);

  const submit = async (values: Values) => {
    if (!complex) return;
    try {
      const saved = await assign.mutateAsync({
        month,
        complexId: complex.complexId,
        leaderUserId: values.leaderUserId,
        note: values.note?.trim() || undefined,
      });
      message.success(`已指派 ${saved.leader.name} 包保 ${saved.complexName}`);
      onClose();
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };

  const items = candidates.data ?? [];
  return (
    <Modal
      open={complex !== null}
      title={complex ? `指派包保领导：${complex.complexName}` : '指派包保领导'}
      okText="指派"
      cancelText="取消"
      confirmLoading={assign.isPending}
      okButtonProps={{ disabled: !items.length }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {month.replace('-', '年')}月该小区12345工单 {complex?.count ?? 0} 张。包保领导须为小区所在街道的街道工作人员，负责本月整治；再次指派会替换原来的领导。
      </Typography.Paragraph>
      {candidates.isError && <ErrorAlert error={candidates.error} onRetry={() => void candidates.refetch()} />}
      {!candidates.isPending && !candidates.isError && items.length === 0 ? (
        <Empty description="该小区所在街道还没有街道工作人员账号，请系统管理员先在「用户与岗位」中添加。" />
      ) : (
        <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
          <Form.Item name="leaderUserId" label="包保领导" rules={[{ required: true, message: '请选择包保领导' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={candidates.isPending}
              placeholder="选择街道领导"
              options={items.map((c) => ({ value: c.userId, label: `${c.name}（${c.title ?? '街道工作人员'} · ${c.nodeName}）` }))}
            />
          </Form.Item>
          <Form.Item name="note" label="整治要求">
            <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：牵头解决停车难、电动车充电问题，月底前反馈" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
