import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { orgEndpoints } from '@linli/shared';
import { call } from '../../api/client';

/** The functional departments (城管、住建、公安 …) of the districts the caller works in: the whistle targets. */
export function useDistrictDepartments() {
  const query = useQuery({ queryKey: ['org', 'departments'], queryFn: () => call(orgEndpoints.departments), staleTime: 10 * 60_000 });
  return { departments: query.data?.items ?? [], loading: query.isPending, failed: query.isError };
}

type Props =
  | { mode: 'single'; gridId: string; value?: string; onChange?: (v: string) => void; exclude?: string[]; id?: string }
  | { mode: 'multiple'; gridId: string; value?: string[]; onChange?: (v: string[]) => void; exclude?: string[]; id?: string };

/** Picks the lead department (single) or the co-departments (multiple) of a whistle. */
export function DepartmentSelect(props: Props) {
  const { departments, loading, failed } = useDistrictDepartments();
  const options = departments.filter((d) => !props.exclude?.includes(d.id)).map((d) => ({ value: d.id, label: d.name }));
  const status = failed ? 'error' : undefined;
  return props.mode === 'single' ? (
    <Select
      id={props.id}
      status={status}
      placeholder={failed ? '部门列表读取失败，请刷新重试' : '选择主办部门'}
      loading={loading}
      options={options}
      value={props.value}
      onChange={props.onChange}
      showSearch
      optionFilterProp="label"
    />
  ) : (
    <Select
      id={props.id}
      status={status}
      mode="multiple"
      placeholder="可选，协同办理的部门"
      loading={loading}
      options={options}
      value={props.value}
      onChange={props.onChange}
      optionFilterProp="label"
    />
  );
}
