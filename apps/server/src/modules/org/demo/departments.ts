import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/database';
import { newId } from '../../../platform/ids';
import { orgNodes } from '../org.tables';
import { pathOf } from './divisions';

// Functional departments that receive "街道吹哨、部门报到" whistles (DOMAIN §2); suffixes are pinyin initials.
const DEPARTMENTS = [
  ['cg', '城管局'],
  ['zj', '住建局'],
  ['mz', '民政局'],
  ['ga', '公安分局'],
  ['sc', '市场监管局'],
] as const;

/** Code of a district department: '370403' + 'cg' → '370403-cg' (城管局). */
export function departmentCode(districtCode: string, suffix: (typeof DEPARTMENTS)[number][0]): string {
  return `${districtCode}-${suffix}`;
}

/** Adds the district's departments (城管局 '370403-cg', 住建局, 民政局, 公安分局, 市场监管局) that are missing; returns how many were added. */
export async function ensureDepartments(db: DbOrTx, district: { id: string; code: string; name: string }): Promise<number> {
  const rows = DEPARTMENTS.map(([suffix, label], i) => {
    const code = departmentCode(district.code, suffix);
    return {
      id: newId(),
      parentId: district.id,
      kind: 'department',
      code,
      name: `${district.name}${label}`,
      path: pathOf(district.code, code),
      depth: 1,
      sort: 100 + i,
    };
  });
  const existing = new Set(
    (
      await db
        .select({ path: orgNodes.path })
        .from(orgNodes)
        .where(
          inArray(
            orgNodes.path,
            rows.map((r) => r.path),
          ),
        )
    ).map((r) => r.path),
  );
  const missing = rows.filter((r) => !existing.has(r.path));
  if (missing.length > 0) await db.insert(orgNodes).values(missing);
  return missing.length;
}
