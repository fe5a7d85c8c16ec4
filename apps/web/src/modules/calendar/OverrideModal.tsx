import { calendarOverrideRequest, type CalendarOverrideView } from '@linli/shared';
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { zodRule } from '../../ui/zod-rule';
import { useSetOverride } from './calendar-queries';

interface Values {
  day: Dayjs;
  workday: boolean;
  note: string;
}

/** What the modal edits: an existing override, or a new one for a day (possibly preset from the calendar). */
export type OverrideDraft = { existing: CalendarOverrideView } | { day: string | null };

/** Adds or changes one day's local override: 上班 (working day) or 休息 (day off), with the reason. */
export function OverrideModal({ draft, onClose }: { draft: OverrideDraft | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetOverride();
  const existing = draft && 'existing' in draft ? draft.existing : null;

  useEffect(() => {
    if (!draft) return;
    if (existing) form.setFieldsValue({ day: dayjs(existing.day), workday: existing.workday, note: existing.note });
    else {
      form.resetFields();
      const day = 'day' in draft && draft.day ? dayjs(draft.day) : undefined;
      // A weekend day is most often made a working day (调休上班), a weekday a day off.
      form.setFieldsValue({ day, workday: day ? day.day() === 0 || day.day() === 6 : false });
    }
  }, [draft, existing, form]);

  const submit = async (v: Values) => {
    const day = v.day.format('YYYY-MM-DD');
    try {
      const saved = await save.mutateAsync({ day, workday: v.workday, note: v.note.trim() });
      if (saved.workday === saved.officialWorkday) {
        message.info(`${day} 已保存；该日在国家日历中本来就是${saved.workday ? '工作日' : '休息日'}，这条调整不改变时限计算`);
      } else {
        message.success(`${day} 已调整为${saved.workday ? '工作日（上班）' : '休息日'}`);
      }
      onClose();
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open={draft !== null}
      title={existing ? `修改 ${existing.day} 的调整` : '新增工作日调整'}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="day" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} disabled={existing !== null} />
        </Form.Item>
        <Form.Item name="workday" label="这一天" rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: true, label: '上班（工作日）' },
              { value: false, label: '休息（非工作日）' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label="说明"
          rules={[{ required: true, whitespace: true, message: '请填写说明，如“区级调休”' }, zodRule(calendarOverrideRequest.shape.note)]}
        >
          <Input maxLength={100} showCount placeholder="如：区级调休、防汛应急值守上班" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
