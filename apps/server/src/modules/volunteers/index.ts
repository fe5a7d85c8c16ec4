/** The volunteers module's public face: other modules import only from here. */
export { registerVolunteerRoutes } from './volunteers.routes';
export { volunteerFigures } from './figures.service';
/** Demo data generator for volunteer teams and activities (main, tests). */
export { generateDemoVolunteers } from './demo/generate-demo-volunteers';
/** The volunteers module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { volunteersModule } from './manifest';
