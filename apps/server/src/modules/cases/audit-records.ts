import { tableNamer, type AuditRecordNamer } from '../../platform/audit/audit-records';
import { caseCategories, cases } from './cases.tables';

/** How the audit log names the cases module's records: a case by its number (title below), a category by its name. */
export const caseAuditRecords: Readonly<Record<string, AuditRecordNamer>> = {
  case: tableNamer({
    table: cases,
    id: cases.id,
    label: cases.caseNo,
    note: cases.title,
    href: (id) => `/cases/${id}`,
    search: [
      { column: cases.caseNo, match: 'prefix' },
      { column: cases.title, match: 'contains' },
    ],
  }),
  category: tableNamer({
    table: caseCategories,
    id: caseCategories.id,
    label: caseCategories.name,
    href: () => '/settings/categories',
    search: [{ column: caseCategories.name, match: 'contains' }],
  }),
};
