/** The notifications module's public face. */
export { notifications } from './notifications.tables';
export { notificationHandlers, liveNotifications } from './notifications.service';
export { registerNotificationRoutes } from './notifications.routes';
