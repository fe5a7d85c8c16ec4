import type { ModuleManifest } from '../../platform/module-kit/module-manifest';
import * as notificationsTables from './notifications.tables';
import { registerNotificationRoutes } from './notifications.routes';
import { notificationHandlers } from './notifications.service';

/** The notifications module: in-app notifications, written by outbox handlers and pushed live. */
export const notificationsModule: ModuleManifest = {
  name: 'notifications',
  tables: [notificationsTables],
  registerRoutes: registerNotificationRoutes,
  outboxHandlers: notificationHandlers,
};
