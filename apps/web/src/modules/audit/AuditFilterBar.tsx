import { AUDIT_ACTION_LABELS, AUDIT_RECORD_KIND_LABELS } from '@linli/shared';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useAuditPeople, type AuditFilters } from './audit-queries';

const actionOptions = Object.entries(AUDIT_ACTION_LABELS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
const kindOptions = Object.entries(AUDIT_RECORD_KIND_LABELS).map(([value, label]) => ({ value, label }));

/** The person picker: accounts found by name or username as one types, each with their post. */
function PersonSelect({ value, onChange }: { value?: string; onChange: (id?: string) => void }) {
  const [typed, setTyped] = useState('');
  const people = useAuditPeople(useDebouncedValue(typed.trim()));
  return (
    <Select
      showSearch
      allowClear
      value={value}
      onChange={(id?: string) => onChange(id)}
      onSearch={setTyped}
      filterOption={false}
      loading={people.isFetching}
      placeholder="操作人"
      style={{ width: 170 }}
      popupMatchSelectWidth={300}
      notFoundContent={people.isFetching ? '查找中…' : '没有找到这个人'}
      options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name, title: p.post ?? undefined }))}
      optionRender={(o) => (
        <Flex vertical>
          <span>{o.label}</span>
          {o.data.title && <span style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{o.data.title}</span>}
        </Flex>
      )}
    />
  );
}

/** The log's filters: person, action, record kind and number or title, date range; applied with 查询. */
export function AuditFilterBar({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const [userId, setUserId] = useState<string>();
  const [action, setAction] = useState<string>();
  const [kind, setKind] = useState<string>();
  const [record, setRecord] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);

  const apply = () =>
    onApply({
      userId,
      action,
      kind,
      record: record.trim() || undefined,
      from: range?.[0]?.format('YYYY-MM-DD'),
      to: range?.[1]?.format('YYYY-MM-DD'),
    });
  const reset = () => {
    setUserId(undefined);
    setAction(undefined);
    setKind(undefined);
    setRecord('');
    setRange(null);
    onApply({});
  };

  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <PersonSelect value={userId} onChange={setUserId} />
      <Select
        showSearch
        allowClear
        value={action}
        onChange={setAction}
        optionFilterProp="label"
        options={actionOptions}
        placeholder="操作"
        style={{ width: 160 }}
        popupMatchSelectWidth={260}
      />
      <Select allowClear value={kind} onChange={setKind} options={kindOptions} placeholder="对象类型" style={{ width: 110 }} />
      <Input
        value={record}
        onChange={(e) => setRecord(e.target.value)}
        onPressEnter={apply}
        placeholder="案件编号、标题或姓名"
        allowClear
        style={{ width: 200 }}
      />
      <DatePicker.RangePicker
        value={range}
        onChange={(v) => setRange(v)}
        allowEmpty={[true, true]}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        style={{ width: 230 }}
      />
      <Button type="primary" onClick={apply}>
        查询
      </Button>
      <Button onClick={reset}>重置</Button>
    </Flex>
  );
}
