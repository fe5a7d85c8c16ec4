import { tableNamer, type AuditRecordNamer } from '../../platform/audit/audit-records';
import { meetingRegistrations, meetingSeries, meetings, suggestions } from './deliberation.tables';

/** How the audit log names the deliberation module's records. */
export const deliberationAuditRecords: Readonly<Record<string, AuditRecordNamer>> = {
  meeting: tableNamer({
    table: meetings,
    id: meetings.id,
    label: meetings.title,
    href: (id) => `/deliberation/meetings/${id}`,
    search: [{ column: meetings.title, match: 'contains' }],
  }),
  meetingSeries: tableNamer({ table: meetingSeries, id: meetingSeries.id, label: meetingSeries.title, href: () => '/deliberation/meetings' }),
  meetingRegistration: tableNamer({
    table: meetingRegistrations,
    id: meetingRegistrations.id,
    label: meetingRegistrations.code,
    href: () => '/deliberation/meetings',
  }),
  suggestion: tableNamer({
    table: suggestions,
    id: suggestions.id,
    label: suggestions.title,
    href: (id) => `/deliberation/suggestions/${id}`,
    search: [{ column: suggestions.title, match: 'contains' }],
  }),
};
