import { Alert, Input, Select } from 'antd';
import { useMemo } from 'react';
import { useOrgChildren, useOrgNode } from '../org/org-queries';

/**
 * The functional departments (城管、住建、公安 …) of the case's district: the district is the top
 * ancestor of the case's grid, or the parent of the caller's top node when the district itself is
 * outside the caller's scope (a street officer's scope starts at the street).
 */
export function useDistrictDepartments(gridId: string) {
  const grid = useOrgNode(gridId);
  const top = grid.data?.ancestors[0];
  const topNode = useOrgNode(top && top.kind !== 'district' ? top.id : undefined);
  const districtId = top?.kind === 'district' ? top.id : (topNode.data?.parentId ?? undefined);
  const children = useOrgChildren(districtId ?? null, Boolean(districtId));
  const departments = useMemo(() => (children.data ?? []).filter((n) => n.kind === 'department'), [children.data]);
  const failed = grid.isError || topNode.isError || children.isError || (grid.isSuccess && !top && !grid.data.parentId);
  return { departments, loading: !failed && (grid.isPending || (Boolean(top) && top?.kind !== 'district' && topNode.isPending) || children.isPending), failed };
}

type Props =
  | { mode: 'single'; gridId: string; value?: string; onChange?: (v: string) => void; exclude?: string[]; id?: string }
  | { mode: 'multiple'; gridId: string; value?: string[]; onChange?: (v: string[]) => void; exclude?: string[]; id?: string };

/**
 * Picks the lead department (single) or the co-departments (multiple) of a whistle. When the
 * district's departments cannot be listed for this user, the department's id is typed instead.
 */
export function DepartmentSelect(props: Props) {
  const { departments, loading, failed } = useDistrictDepartments(props.gridId);
  const options = departments.filter((d) => !props.exclude?.includes(d.id)).map((d) => ({ value: d.id, label: d.name }));

  if (failed) {
    return (
      <>
        {/* Said once, above the lead department; the co-departments field follows the same way. */}
        {props.mode === 'single' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            message="无法读取本区职能部门列表"
            description="您的岗位暂不能查看区级部门，请填写部门编号（可向区级管理员索取）。"
          />
        )}
        {props.mode === 'single' ? (
          <Input id={props.id} placeholder="部门编号" value={props.value} onChange={(e) => props.onChange?.(e.target.value.trim())} />
        ) : (
          <Select id={props.id} mode="tags" placeholder="部门编号，可填多个" value={props.value} onChange={props.onChange} open={false} tokenSeparators={[',', ' ', '，']} />
        )}
      </>
    );
  }
  return props.mode === 'single' ? (
    <Select id={props.id} placeholder="选择主办部门" loading={loading} options={options} value={props.value} onChange={props.onChange} showSearch optionFilterProp="label" />
  ) : (
    <Select id={props.id} mode="multiple" placeholder="可选，协同办理的部门" loading={loading} options={options} value={props.value} onChange={props.onChange} optionFilterProp="label" />
  );
}
