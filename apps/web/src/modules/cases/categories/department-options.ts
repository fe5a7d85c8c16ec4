import { useQuery } from '@tanstack/react-query';
import { fetchOrgChildren } from '../../org';

/** A department code suffix ("cg") with the department's name without its district ("城管局"). */
export interface DepartmentSuffix {
  suffix: string;
  name: string;
}

/**
 * The department suffixes in use: departments are children of a district with codes like
 * "370403-cg"; a category names the suffix and a case resolves it within its own district.
 */
export async function fetchDepartmentSuffixes(): Promise<DepartmentSuffix[]> {
  const roots = await fetchOrgChildren(null);
  const districts = roots.filter((n) => n.kind === 'district');
  const children = await Promise.all(districts.map((d) => fetchOrgChildren(d.id).then((kids) => ({ district: d, kids }))));
  const found = new Map<string, string>();
  for (const { district, kids } of children) {
    for (const k of kids) {
      if (k.kind !== 'department' || !k.code.includes('-')) continue;
      const suffix = k.code.split('-').pop()!;
      if (!found.has(suffix)) found.set(suffix, k.name.startsWith(district.name) ? k.name.slice(district.name.length) : k.name);
    }
  }
  return [...found.entries()].map(([suffix, name]) => ({ suffix, name }));
}

/** The department suffixes of the districts the admin sees (for the category editor's picker). */
export function useDepartmentSuffixes() {
  return useQuery({ queryKey: ['org', 'department-suffixes'], queryFn: fetchDepartmentSuffixes, staleTime: 10 * 60_000 });
}
