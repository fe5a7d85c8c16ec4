import { z } from 'zod';

/** One local working-day override. */
export const calendarOverrideView = z.object({ day: z.iso.date(), workday: z.boolean(), note: z.string(), officialWorkday: z.boolean() });
export type CalendarOverrideView = z.infer<typeof calendarOverrideView>;

/** `PUT /api/calendar/overrides/:day` body (admins). */
export const calendarOverrideRequest = z.object({ workday: z.boolean(), note: z.string().trim().min(1, '请填写说明，如"区级调休"').max(100) });

/** `:day` route parameter. */
export const calendarDayParams = z.object({ day: z.iso.date() });

/** `GET /api/calendar/overrides`: every local override. */
export const calendarOverrideList = z.object({ items: z.array(calendarOverrideView) });
