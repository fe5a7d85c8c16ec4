import { App, Form, Input, Modal, Select, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { errorMessage } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';
import { WEEKDAY_NAMES } from './volunteer-format';
import { useCreateRotation, useHeadUnits, useRoster, useTeams } from './volunteer-queries';

interface RotationValues {
  headUnitId: string;
  serviceWeekday: number;
  time: [Dayjs, Dayjs];
  themes?: string;
}

/** 设置本月轮值: the rotating station head unit, the fixed service day (e.g. every Friday) and week themes; shifts are generated. */
export function CreateRotationModal({ month, communityId, open, onClose }: { month: string; communityId?: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<RotationValues>();
  const units = useHeadUnits(open, communityId);
  const create = useCreateRotation();
  const { message } = App.useApp();
  const submit = async (v: RotationValues) => {
    try {
      const weekThemes = (v.themes ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
      await create.mutateAsync({
        communityId,
        month,
        headUnitId: v.headUnitId,
        serviceWeekday: v.serviceWeekday,
        startTime: v.time[0].format('HH:mm'),
        endTime: v.time[1].format('HH:mm'),
        weekThemes,
      });
      form.resetFields();
      onClose();
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };
  return (
    <Modal
      title={`设置 ${month} 轮值`}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="生成排班"
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ serviceWeekday: 5 }}>
        <Form.Item name="headUnitId" label="轮值站长单位" rules={[{ required: true, message: '请选择轮值站长单位' }]} extra="只能选择在本社区报到的共建单位。">
          <Select
            loading={units.isLoading}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            notFoundContent="本社区还没有报到的共建单位"
          />
        </Form.Item>
        <Form.Item name="serviceWeekday" label="固定服务日" rules={[{ required: true }]}>
          <Select options={WEEKDAY_NAMES.map((label, value) => ({ value, label: `每${label}` }))} />
        </Form.Item>
        <Form.Item name="time" label="值守时间" rules={[{ required: true, message: '请选择值守时间' }]}>
          <TimePicker.RangePicker format="HH:mm" minuteStep={5} />
        </Form.Item>
        <Form.Item name="themes" label="每周主题（每行一周，依次对应本月第1、2…周）">
          <Input.TextArea rows={5} placeholder={'政策宣讲周\n环境整治周\n关爱老人周\n法律服务周'} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 排班: teams (groups) take the month's shifts in turn. */
export function RosterModal({ rotationId, open, onClose }: { rotationId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<{ teamIds: string[] }>();
  const teams = useTeams();
  const roster = useRoster();
  const { message } = App.useApp();
  const submit = async (v: { teamIds: string[] }) => {
    try {
      await roster.mutateAsync({ rotationId, teamIds: v.teamIds });
      onClose();
    } catch (error) {
      if (!applyFormError(form, error)) message.error(errorMessage(error));
    }
  };
  return (
    <Modal title="分组排班" open={open} onCancel={onClose} onOk={() => form.submit()} okText="排班" confirmLoading={roster.isPending} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="teamIds" label="参加轮值的服务队（按选择顺序轮流值守）" rules={[{ required: true, message: '请至少选择一个服务队' }]}>
          <Select
            mode="multiple"
            options={(teams.data ?? []).map((t) => ({ value: t.id, label: `${t.name}（${t.members.length}人）` }))}
            notFoundContent="还没有服务队，请先在「服务队与技能库」新建"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
