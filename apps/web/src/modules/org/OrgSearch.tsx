import { AutoComplete, Input, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { SearchHit } from '@linli/shared';
import { errorMessage } from '../../api/api-error';
import { useDebouncedValue } from '../../ui/use-debounced-value';
import { useOrgSearch } from './org-queries';

const TYPE_LABELS: Record<SearchHit['type'], { text: string; color: string }> = {
  node: { text: '区域', color: 'red' },
  complex: { text: '小区', color: 'blue' },
  resident: { text: '居民', color: 'green' },
};

function hitTarget(hit: SearchHit): string | null {
  if (hit.type === 'resident') return `/residents/${hit.id}`;
  return hit.nodeId ? `/org/${hit.nodeId}` : null;
}

/** Search box for places, complexes and residents; choosing a hit opens it. */
export function OrgSearch() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const search = useOrgSearch(q);
  const hits = q ? (search.data ?? []) : [];

  const notFound = !q ? null : search.isFetching ? '正在搜索…' : search.isError ? errorMessage(search.error) : '没有找到，换个名称、编码、地址或手机号试试';

  return (
    <AutoComplete
      value={text}
      onChange={setText}
      style={{ width: 360, maxWidth: '100%' }}
      notFoundContent={notFound}
      options={hits.map((hit) => ({
        value: `${hit.type}:${hit.id}`,
        hit,
        label: (
          <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', minWidth: 0 }}>
            <Tag color={TYPE_LABELS[hit.type].color} bordered={false} style={{ flex: 'none' }}>
              {TYPE_LABELS[hit.type].text}
            </Tag>
            <span style={{ flex: 'none' }}>{hit.title}</span>
            <span style={{ color: 'rgba(0,0,0,0.45)', fontSize: 12, overflow: 'hidden', textOverflow: 'ellipsis' }}>{hit.subtitle}</span>
          </div>
        ),
      }))}
      onSelect={(_value, option) => {
        const target = hitTarget(option.hit);
        setText('');
        if (target) navigate(target);
      }}
    >
      <Input.Search placeholder="搜索街道、社区、网格、小区、楼栋或居民" allowClear loading={search.isFetching} />
    </AutoComplete>
  );
}
