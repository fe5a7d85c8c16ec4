import { inArray } from 'drizzle-orm';
import { tableNamer, type AuditRecordName, type AuditRecordNamer, uuidsOnly } from '../../platform/audit/audit-records';
import { meetingVotes } from './votes.tables';
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
  // A vote is named by its motion and opens on its meeting's page.
  meetingVote: {
    async describe(db, ids) {
      const valid = uuidsOnly(ids);
      const rows = valid.length
        ? await db
            .select({ id: meetingVotes.id, motion: meetingVotes.motion, meetingId: meetingVotes.meetingId })
            .from(meetingVotes)
            .where(inArray(meetingVotes.id, valid))
        : [];
      return new Map<string, AuditRecordName>(rows.map((r) => [r.id, { label: r.motion, href: `/deliberation/meetings/${r.meetingId}` }]));
    },
  },
  suggestion: tableNamer({
    table: suggestions,
    id: suggestions.id,
    label: suggestions.title,
    href: (id) => `/deliberation/suggestions/${id}`,
    search: [{ column: suggestions.title, match: 'contains' }],
  }),
};
