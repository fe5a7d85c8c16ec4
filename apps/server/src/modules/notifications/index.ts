/** The notifications module's public face. */
export { notificationHandlers } from './notifications.service';
export { createLiveFeed, NOTIFICATION_CHANNEL } from './notifications.live';
export { registerNotificationRoutes } from './notifications.routes';
/** The notifications module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { notificationsModule } from './manifest';
