/** The users module's public face. */
export { registerUserRoutes } from './users.routes';
/** The users module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { usersModule } from './manifest';
