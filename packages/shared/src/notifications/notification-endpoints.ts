import { readOf, writeOf } from '../access/access-of';
import { okResponse } from '../common/page';
import { defineEndpoint } from '../http/define-endpoint';
import { listNotificationsQuery, markReadRequest, notificationPage } from './notification-contracts';

const tag = 'notifications';

/** The in-app notifications' endpoints: the caller's list, marking read, and the live stream. */
export const notificationEndpoints = {
  list: defineEndpoint({
    method: 'GET',
    path: '/api/notifications',
    tag,
    access: readOf('notification'),
    query: listNotificationsQuery,
    response: notificationPage,
  }),
  markRead: defineEndpoint({
    method: 'POST',
    path: '/api/notifications/read',
    tag,
    access: writeOf('notification'),
    body: markReadRequest,
    response: okResponse,
  }),
  /** Server-Sent Events: one `data:` event (a notificationView as JSON) per new notification; not JSON, so no response contract. */
  stream: defineEndpoint({ method: 'GET', path: '/api/notifications/stream', tag, access: readOf('notification') }),
};
