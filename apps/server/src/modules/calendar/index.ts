/** The calendar module's public face: local working-day overrides. */
export { createLiveCalendar, type LiveCalendar } from './calendar.service';
export { registerCalendarRoutes } from './calendar.routes';
/** The calendar module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { calendarModule } from './manifest';
