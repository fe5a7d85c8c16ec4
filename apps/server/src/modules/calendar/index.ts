/** The calendar module's public face: local working-day overrides. */
export { createLiveCalendar, type LiveCalendar } from './calendar.service';
export { registerCalendarRoutes } from './calendar.routes';
