import { readOf, writeOf } from '../access/access-of';
import { okResponse } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import { calendarDayParams, calendarOverrideList, calendarOverrideRequest, calendarOverrideView } from './calendar-contracts';

const tag = 'calendar';

/** The working calendar's endpoints: local day-off and make-up-workday overrides (admins write them). */
export const calendarEndpoints = {
  overrides: defineEndpoint({ method: 'GET', path: '/api/calendar/overrides', tag, access: readOf('calendar'), response: calendarOverrideList }),
  setOverride: defineEndpoint({
    method: 'PUT',
    path: '/api/calendar/overrides/:day',
    tag,
    access: writeOf('calendar'),
    params: calendarDayParams,
    body: calendarOverrideRequest,
    response: calendarOverrideView,
  }),
  deleteOverride: defineEndpoint({
    method: 'DELETE',
    path: '/api/calendar/overrides/:day',
    tag,
    access: writeOf('calendar'),
    params: calendarDayParams,
    response: okResponse,
  }),
};
