import { inArray } from 'drizzle-orm';
import { tableNamer, uuidsOnly, type AuditRecordNamer } from '../../platform/audit/audit-records';
import { residents } from './residents.tables';

/** A name as the log shows it: the surname and a star for each further character (`张**`). */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 1 ? chars.join('') : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

const byName = tableNamer({
  table: residents,
  id: residents.id,
  label: residents.name,
  href: (id) => `/residents/${id}`,
  search: [{ column: residents.name, match: 'contains' }],
});

/** How the audit log names residents: the masked name (the full one is a reveal of its own), found by the full name. */
export const residentsAuditRecords: Readonly<Record<string, AuditRecordNamer>> = {
  resident: {
    async describe(db, all) {
      const ids = uuidsOnly(all);
      if (ids.length === 0) return new Map();
      const rows = await db.select({ id: residents.id, name: residents.name }).from(residents).where(inArray(residents.id, ids));
      return new Map(rows.map((r) => [r.id, { label: maskPersonName(r.name), href: `/residents/${r.id}` }]));
    },
    find: byName.find,
  },
};
