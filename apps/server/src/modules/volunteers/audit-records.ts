import { tableNamer, type AuditRecordNamer } from '../../platform/audit/audit-records';
import { volunteerActivities, volunteerPosts, volunteerRotations, volunteerTeams } from './volunteers.tables';

/** How the audit log names the volunteers module's records: activities, posts and teams by title or name, a rotation by its month. */
export const volunteersAuditRecords: Readonly<Record<string, AuditRecordNamer>> = {
  volunteerActivity: tableNamer({
    table: volunteerActivities,
    id: volunteerActivities.id,
    label: volunteerActivities.title,
    href: (id) => `/volunteers/activities/${id}`,
    search: [{ column: volunteerActivities.title, match: 'contains' }],
  }),
  volunteerPost: tableNamer({
    table: volunteerPosts,
    id: volunteerPosts.id,
    label: volunteerPosts.title,
    href: () => '/volunteers/posts',
    search: [{ column: volunteerPosts.title, match: 'contains' }],
  }),
  volunteerTeam: tableNamer({
    table: volunteerTeams,
    id: volunteerTeams.id,
    label: volunteerTeams.name,
    href: () => '/volunteers/teams',
    search: [{ column: volunteerTeams.name, match: 'contains' }],
  }),
  volunteerRotation: tableNamer({ table: volunteerRotations, id: volunteerRotations.id, label: volunteerRotations.month, href: () => '/volunteers/rotations' }),
};
