import { tableNamer, type AuditRecordNamer } from '../../platform/audit/audit-records';
import { complexes, orgNodes } from './org.tables';

/** How the audit log names the area tree's records: a node (street, community, grid…) and a complex by name. */
export const orgAuditRecords: Readonly<Record<string, AuditRecordNamer>> = {
  node: tableNamer({
    table: orgNodes,
    id: orgNodes.id,
    label: orgNodes.name,
    href: (id) => `/org/${id}`,
    search: [{ column: orgNodes.name, match: 'contains' }],
  }),
  complex: tableNamer({
    table: complexes,
    id: complexes.id,
    label: complexes.name,
    href: () => '/hotline/top',
    search: [{ column: complexes.name, match: 'contains' }],
  }),
};
