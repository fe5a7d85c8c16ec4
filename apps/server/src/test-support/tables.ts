/**
 * Every module's tables, for tests only (lint lets only `*.test.ts` and test-support import this):
 * a test may set up or inspect any row, while production code asks the owning module's index.ts.
 */
/* eslint-disable no-restricted-imports -- the one test-only gateway to the modules' tables */
export * from '../modules/org/org.tables';
export * from '../modules/residents/residents.tables';
export * from '../modules/auth/auth.tables';
export * from '../modules/notifications/notifications.tables';
export * from '../modules/cases/cases.tables';
export * from '../modules/open311/open311.tables';
export * from '../modules/calendar/calendar.tables';
export * from '../modules/claims/claims.tables';
export * from '../modules/volunteers/volunteers.tables';
export * from '../modules/geo/geo.tables';
