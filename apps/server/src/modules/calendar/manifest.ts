import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as calendarTables from './calendar.tables';
import { registerCalendarRoutes } from './calendar.routes';
import { calendarAuditRecords } from './audit-records';

/** The calendar module: local working-day overrides on top of China's calendar. */
export const calendarModule: ModuleManifest = {
  name: 'calendar',
  auditRecords: calendarAuditRecords,
  tables: [calendarTables],
  registerRoutes: registerCalendarRoutes,
};
