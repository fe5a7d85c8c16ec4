/** Every Drizzle table, gathered for the migrator and for typed queries. */
export * from '../../modules/org/org.tables';
export * from '../../modules/residents/residents.tables';
export * from '../../modules/auth/auth.tables';
export * from '../audit/audit.tables';
export * from '../outbox/outbox.tables';
export * from '../rate-limit/rate-counters.tables';
export * from '../../modules/notifications/notifications.tables';
export * from '../../modules/cases/cases.tables';
export * from '../../modules/cases/stats/stats-rollup.tables';
export * from '../../modules/open311/open311.tables';
export * from '../../modules/cases/hotline/hotline.tables';
export * from '../../modules/calendar/calendar.tables';
export * from '../../modules/claims/claims.tables';
export * from '../../modules/volunteers/volunteers.tables';
