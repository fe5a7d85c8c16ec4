/** The notifications module's public face. */
export { notificationHandlers } from './notifications.service';
export { createLiveFeed, NOTIFICATION_CHANNEL } from './notifications.live';
export { registerNotificationRoutes } from './notifications.routes';
