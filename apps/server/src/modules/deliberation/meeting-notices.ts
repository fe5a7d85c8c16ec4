import type { OutboxMessage } from '../../platform/workflow/apply-transition';

/** A notice to named users (the notifications module delivers it); `link` names the item, each area opens its own page. */
export function noticeToUsers(userIds: (string | null)[], title: string, body: string, link: string): OutboxMessage[] {
  const ids = [...new Set(userIds.filter((u): u is string => Boolean(u)))];
  return ids.length ? [{ topic: 'notify.users', payload: { title, body, link, userIds: ids } }] : [];
}

/** A notice to a meeting's convener, or to the community's staff when it has none. */
export function noticeToConvener(meeting: { id: string; path: string; convenerUserId: string | null }, title: string, body: string): OutboxMessage {
  const link = `/meetings/${meeting.id}`;
  return meeting.convenerUserId
    ? { topic: 'notify.users', payload: { title, body, link, userIds: [meeting.convenerUserId] } }
    : { topic: 'notify.area', payload: { title, body, link, path: meeting.path, roles: ['communityStaff'] } };
}
