import { NODE_KIND_LABELS, type OrgNodeView } from '@linli/shared';
import { useQueryClient } from '@tanstack/react-query';
import { App, TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { fetchOrgChildren, orgKeys } from './org-queries';

interface TreeNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
  selectable: boolean;
}

/** Picks one node of the area tree, loading each level only when it is opened; `selectable` limits which nodes may be chosen. */
export function NodeTreeSelect({
  value,
  onChange,
  selectable = () => true,
  placeholder = '选择任职的区域，如某社区或网格',
}: {
  value?: string;
  onChange?: (id: string) => void;
  selectable?: (node: OrgNodeView) => boolean;
  placeholder?: string;
}) {
  const toTreeNode = (n: OrgNodeView): TreeNode => ({
    id: n.id,
    pId: n.parentId,
    value: n.id,
    title: `${n.name}（${NODE_KIND_LABELS[n.kind]}）`,
    isLeaf: n.childCount === 0,
    selectable: selectable(n),
  });
  const { message } = App.useApp();
  const client = useQueryClient();
  const [nodes, setNodes] = useState<TreeNode[]>([]);
  const [loading, setLoading] = useState(true);

  const load = (parentId: string | null) => client.fetchQuery({ queryKey: orgKeys.children(parentId), queryFn: () => fetchOrgChildren(parentId) });

  useEffect(() => {
    let alive = true;
    load(null)
      .then((roots) => alive && setNodes(roots.map(toTreeNode)))
      .catch((error: unknown) => message.error(errorMessage(error)))
      .finally(() => alive && setLoading(false));
    return () => {
      alive = false;
    };
    // The roots are loaded once per mount; `load` and `message` are stable for that lifetime.
  }, []);

  return (
    <TreeSelect
      value={value}
      onChange={onChange}
      treeDataSimpleMode
      treeData={nodes}
      loading={loading}
      placeholder={placeholder}
      showSearch
      treeNodeFilterProp="title"
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      loadData={async (node) => {
        const id = node.value as string;
        if (nodes.some((n) => n.pId === id)) return;
        try {
          const kids = await load(id);
          setNodes((prev) => [...prev, ...kids.filter((k) => !prev.some((p) => p.id === k.id)).map(toTreeNode)]);
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    />
  );
}
