import type { notificationEndpoints } from '@linli/shared';

type Endpoints = typeof notificationEndpoints;

/**
 * The notification paths the light H5 shell needs (the bell's list, the live stream), typed as
 * their endpoints' paths: importing the definitions themselves would bring zod into the phone's
 * first download, and a renamed route still fails the type check here.
 */
export const NOTIFICATION_PATHS: { readonly list: Endpoints['list']['path']; readonly stream: Endpoints['stream']['path'] } = {
  list: '/api/notifications',
  stream: '/api/notifications/stream',
};
