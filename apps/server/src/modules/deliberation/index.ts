/** The deliberation module's public face: other modules import only from here. */
export { registerDeliberationRoutes } from './deliberation.routes';
/** Demo meetings and suggestions (main, tests). */
export { generateDemoDeliberation } from './demo/generate-demo-deliberation';
/** The deliberation module's manifest (listed in src/module-list.ts). */
export { deliberationModule } from './manifest';
