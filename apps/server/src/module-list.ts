import type { ModuleManifest } from './platform/module-kit/module-manifest';
import { outboxHandlersOf } from './platform/module-kit/module-outbox';
import { auditModule } from './modules/audit';
import { authModule } from './modules/auth';
import { calendarModule } from './modules/calendar';
import { casesModule } from './modules/cases';
import { claimsModule } from './modules/claims';
import { directoryModule } from './modules/directory';
import { healthModule } from './modules/health';
import { notificationsModule } from './modules/notifications';
import { open311Module } from './modules/open311';
import { orgModule } from './modules/org';
import { residentsModule } from './modules/residents';
import { usersModule } from './modules/users';
import { volunteersModule } from './modules/volunteers';
import { geoModule } from './modules/geo';

/**
 * THE list of server modules (docs/adding-a-module.md): routes are mounted, jobs started, outbox
 * handlers registered and demo steps run from it, in this order. A new module adds one line.
 */
export const MODULES: readonly ModuleManifest[] = [
  healthModule,
  authModule,
  orgModule,
  residentsModule,
  directoryModule,
  usersModule,
  auditModule,
  casesModule,
  open311Module,
  notificationsModule,
  calendarModule,
  claimsModule,
  volunteersModule,
  geoModule,
];

/** Every module's outbox handlers by topic (the worker in main.ts, and tests that drain the outbox). */
export const MODULE_OUTBOX_HANDLERS = outboxHandlersOf(MODULES);
