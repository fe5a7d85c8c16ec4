import { keyNamer, type AuditRecordNamer } from '../../platform/audit/audit-records';

/** How the audit log names the calendar's records: an override is its day. */
export const calendarAuditRecords: Readonly<Record<string, AuditRecordNamer>> = {
  day: keyNamer((day) => day, '/settings/calendar'),
};
