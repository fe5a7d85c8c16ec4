import { tableNamer, type AuditRecordNamer } from '../../platform/audit/audit-records';
import { disputes, mediationCommittees } from './mediation.tables';

/** How the audit log names the mediation module's records: a dispute by its number, a committee by its name. */
export const mediationAuditRecords: Readonly<Record<string, AuditRecordNamer>> = {
  dispute: tableNamer({
    table: disputes,
    id: disputes.id,
    label: disputes.disputeNo,
    href: (id) => `/mediation/disputes/${id}`,
    search: [{ column: disputes.disputeNo, match: 'contains' }],
  }),
  mediationCommittee: tableNamer({
    table: mediationCommittees,
    id: mediationCommittees.id,
    label: mediationCommittees.name,
    href: () => '/mediation/committees',
    search: [{ column: mediationCommittees.name, match: 'contains' }],
  }),
};
