/** The health module's public face: other modules import only from here. */
/** Mounts the liveness/readiness routes. */
export { registerHealthRoutes } from './health.routes';
/** The health module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { healthModule } from './manifest';
