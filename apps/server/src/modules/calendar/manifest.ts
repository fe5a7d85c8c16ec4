import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as calendarTables from './calendar.tables';
import { registerCalendarRoutes } from './calendar.routes';

/** The calendar module: local working-day overrides on top of China's calendar. */
export const calendarModule: ModuleManifest = {
  name: 'calendar',
  tables: [calendarTables],
  registerRoutes: registerCalendarRoutes,
};
