/** The Open311 module's public face: other modules import only from here. */
export { registerOpen311Routes } from './open311.routes';
export { createOpen311Client, ensureDemoOpen311Client, DEMO_API_KEY, DEMO_CLIENT_NAME } from './open311-clients';
/** The open311 module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { open311Module } from './manifest';
