/** The notifications module's public face. */
export { notifications } from './notifications.tables';
export { notificationHandlers } from './notifications.service';
export { createLiveFeed, NOTIFICATION_CHANNEL } from './notifications.live';
export { registerNotificationRoutes } from './notifications.routes';
