import type { CaseCategoryView } from '@linli/shared';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { limitText } from './case-format';
import { useCaseCategories } from './case-queries';

interface CategoryNode {
  value: string;
  title: string;
  selectable: boolean;
  children?: CategoryNode[];
}

/** The active category tree; only leaves can be chosen, each showing its time limit ("路灯（2工作日）"). */
export function categoryTree(items: readonly CaseCategoryView[]): CategoryNode[] {
  const active = items.filter((c) => c.active);
  const byParent = new Map<string | null, CaseCategoryView[]>();
  for (const c of active) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c]);
  const build = (parentId: string | null): CategoryNode[] =>
    (byParent.get(parentId) ?? [])
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => {
        const children = build(c.id);
        return children.length
          ? { value: c.id, title: c.name, selectable: false, children }
          : { value: c.id, title: `${c.name}（${limitText(c)}）`, selectable: true };
      });
  return build(null);
}

/** Picks a leaf category of the case dictionary, searchable by name. */
export function CategoryTreeSelect({
  value,
  onChange,
  id,
  placeholder = '选择案件类别',
}: {
  value?: string;
  onChange?: (id: string) => void;
  id?: string;
  placeholder?: string;
}) {
  const categories = useCaseCategories();
  const tree = useMemo(() => categoryTree(categories.data ?? []), [categories.data]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={onChange}
      treeData={tree}
      loading={categories.isPending}
      placeholder={placeholder}
      showSearch
      treeNodeFilterProp="title"
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      notFoundContent={categories.isError ? '类别加载失败，请刷新重试' : '没有匹配的类别'}
    />
  );
}
