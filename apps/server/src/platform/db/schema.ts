/** Every Drizzle table, gathered for the migrator and for typed queries. */
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/org/org.tables';
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/residents/residents.tables';
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/auth/auth.tables';
export * from '../audit/audit.tables';
export * from '../outbox/outbox.tables';
export * from '../rate-limit/rate-counters.tables';
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/notifications/notifications.tables';
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/cases/cases.tables';
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/cases/stats/stats-rollup.tables';
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/open311/open311.tables';
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/cases/hotline/hotline.tables';
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/calendar/calendar.tables';
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/claims/claims.tables';
// eslint-disable-next-line no-restricted-imports -- module kit: schema list moves to module manifests
export * from '../../modules/volunteers/volunteers.tables';
