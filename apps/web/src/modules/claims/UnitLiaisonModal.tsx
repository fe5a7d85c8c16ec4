import { setUnitLiaisonRequest, type PartnerUnitView } from '@linli/shared';
import { App, Form, Input, Modal } from 'antd';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { zodRule } from '../../ui/zod-rule';
import { useSetUnitLiaison } from './partner-queries';

/** 指定联络员: the street or district names the account that acts for the unit, by its login name. */
export function UnitLiaisonModal({ unit, onClose }: { unit: PartnerUnitView | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ username: string }>();
  const assign = useSetUnitLiaison();

  const submit = ({ username }: { username: string }) => {
    if (!unit) return;
    assign.mutate(
      { unitId: unit.id, body: { username: username.trim() } },
      {
        onSuccess: () => {
          message.success(`已为${unit.name}指定联络员`);
          onClose();
        },
        onError: (error) => {
          if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open={unit !== null}
      title={unit ? `指定联络员 · ${unit.name}` : ''}
      okText="确认指定"
      okButtonProps={{ loading: assign.isPending }}
      onCancel={onClose}
      onOk={() => form.validateFields().then(submit, () => undefined)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="username"
          label="联络员登录账号"
          extra={
            unit?.liaisonName
              ? `现任联络员：${unit.liaisonName}。指定后由新联络员认领需求、接单。`
              : '联络员用这个账号登录后，可以查看社区需求、替单位认领和接单。'
          }
          rules={[{ required: true, whitespace: true, message: '请填写联络员的登录账号' }, zodRule(setUnitLiaisonRequest.shape.username)]}
        >
          <Input maxLength={64} placeholder="如：lisi（没有账号请先在「用户管理」开通）" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
