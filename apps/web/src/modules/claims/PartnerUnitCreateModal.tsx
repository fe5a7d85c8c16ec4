import { PARTNER_UNIT_KIND_LABELS, PARTNER_UNIT_KINDS, usersEndpoints, type PartnerUnitKind } from '@linli/shared';
import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { call } from '../../api/client';
import { applyFormError } from '../../ui/apply-form-error';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useCreatePartnerUnit } from './partner-queries';

interface Values {
  name: string;
  kind: PartnerUnitKind;
  partyOrgName?: string;
  liaisonUserId?: string;
}

/** Picks the liaison's account by name or user name (the user list is open to system admins only). */
function LiaisonSelect({ value, onChange }: { value?: string; onChange?: (v: string | undefined) => void }) {
  const [q, setQ] = useState('');
  const term = useDebouncedValue(q.trim(), 300);
  const users = useQuery({
    queryKey: ['claims', 'liaison-users', term],
    queryFn: () => call(usersEndpoints.list, { query: { q: term, limit: 20 } }),
    enabled: term.length > 0,
  });
  return (
    <Select
      showSearch
      allowClear
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      loading={users.isFetching}
      placeholder="输入姓名或用户名查找"
      notFoundContent={term ? '没有找到，请先在「用户与岗位」里开通账号' : '输入姓名查找'}
      options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
    />
  );
}

/** 新增共建单位 (street/district staff); admins also pick the liaison's account. */
export function PartnerUnitCreateModal({ open, mayPickLiaison, onClose }: { open: boolean; mayPickLiaison: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreatePartnerUnit();
  const submit = (v: Values) =>
    create.mutate(
      { name: v.name, kind: v.kind, partyOrgName: v.partyOrgName?.trim() || undefined, liaisonUserId: v.liaisonUserId },
      {
        onSuccess: () => {
          message.success('共建单位已登记，请为它办理社区报到');
          onClose();
        },
        onError: (error) => {
          if (!applyFormError(form, error)) message.error(errorMessage(error));
        },
      },
    );
  return (
    <Modal
      open={open}
      title="新增共建单位"
      okText="保存"
      okButtonProps={{ loading: create.isPending }}
      onCancel={onClose}
      onOk={() => form.validateFields().then(submit, () => undefined)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="name"
          label="单位名称"
          rules={[
            { required: true, whitespace: true, message: '请填写单位名称' },
            { min: 2, message: '请至少写2个字' },
          ]}
        >
          <Input maxLength={60} placeholder="如：区人民法院" />
        </Form.Item>
        <Form.Item name="kind" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
          <Select<PartnerUnitKind> placeholder="选择类型" options={PARTNER_UNIT_KINDS.map((k) => ({ value: k, label: PARTNER_UNIT_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item name="partyOrgName" label="单位党组织">
          <Input maxLength={60} placeholder="如：区人民法院机关党支部" />
        </Form.Item>
        {mayPickLiaison && (
          <Form.Item name="liaisonUserId" label="联络员账号" extra="联络员登录后可以认领需求、查看协议">
            <LiaisonSelect />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
