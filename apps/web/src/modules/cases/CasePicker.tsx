import { Select } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useCaseSearch } from './case-queries';

/** Picks another case by its number or words (the primary case of a merge). */
export function CasePicker({ excludeId, value, onChange, id }: { excludeId: string; value?: string; onChange?: (v: string) => void; id?: string }) {
  const [q, setQ] = useState('');
  const debounced = useDebouncedValue(q, 300);
  const search = useCaseSearch(debounced);
  const options = (search.data ?? []).filter((c) => c.id !== excludeId).map((c) => ({ value: c.id, label: `${c.caseNo} · ${c.title}` }));
  return (
    <Select
      id={id}
      showSearch
      filterOption={false}
      placeholder="输入案件编号或关键词查找"
      onSearch={setQ}
      value={value}
      onChange={onChange}
      options={options}
      loading={search.isFetching}
      notFoundContent={debounced ? '没有找到案件，请换个编号或关键词' : '输入案件编号或关键词'}
    />
  );
}
