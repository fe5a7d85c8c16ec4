import { NODE_KIND_LABELS, type NodeKind, type OrgNodeView } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { App, TreeSelect } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import { errorMessage } from '../../api/api-error';
import { fetchOrgChildren, orgKeys } from './org-queries';

/** The levels cases are filed and filtered at: buildings and departments are not offered. */
const AREA_KINDS: readonly NodeKind[] = ['district', 'street', 'community', 'grid'];

interface TreeNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
}

/** A picked node: its id and the name to show. */
export interface AreaValue {
  value: string;
  label: string;
}

/**
 * Picks a node of the caller's area tree down to the grids, loading each level when opened.
 * `pick` limits which kinds may be chosen (e.g. only grids for a new case).
 */
export function AreaTreeSelect({
  value,
  onChange,
  pick,
  placeholder = '选择街道、社区或网格',
  allowClear,
  style,
  id,
}: {
  value?: AreaValue | null;
  onChange?: (value: AreaValue | null) => void;
  pick?: readonly NodeKind[];
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
}) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [nodes, setNodes] = useState<TreeNode[]>([]);
  const [loading, setLoading] = useState(true);

  const toNode = (n: OrgNodeView): TreeNode => ({
    id: n.id,
    pId: n.parentId,
    value: n.id,
    title: `${n.name}（${NODE_KIND_LABELS[n.kind]}）`,
    isLeaf: n.kind === 'grid' || n.childCount === 0,
    selectable: !pick || pick.includes(n.kind),
  });
  const load = (parentId: string | null) =>
    client
      .fetchQuery({ queryKey: orgKeys.children(parentId), queryFn: () => fetchOrgChildren(parentId) })
      .then((rows) => rows.filter((n) => AREA_KINDS.includes(n.kind)));

  useEffect(() => {
    let alive = true;
    load(null)
      .then((roots) => alive && setNodes(roots.map(toNode)))
      .catch((error: unknown) => message.error(errorMessage(error)))
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
    // The roots are loaded once per mount; `load`, `toNode` and `message` are stable for that lifetime.
  }, []);

  return (
    <TreeSelect
      id={id}
      labelInValue
      value={value ?? undefined}
      onChange={(v: AreaValue | undefined) => onChange?.(v ? { value: v.value, label: String(v.label).replace(/（[^）]*）$/, '') } : null)}
      treeDataSimpleMode
      treeData={nodes}
      loading={loading}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch
      treeNodeFilterProp="title"
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
      loadData={async (node) => {
        const nodeId = node.value as string;
        if (nodes.some((n) => n.pId === nodeId)) return;
        try {
          const kids = await load(nodeId);
          setNodes((prev) => [...prev, ...kids.filter((k) => !prev.some((p) => p.id === k.id)).map(toNode)]);
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    />
  );
}
