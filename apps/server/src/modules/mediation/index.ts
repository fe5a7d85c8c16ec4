/** The mediation module's public face: other modules import only from here. */
export { DISPUTE_CONCLUDED_TOPIC, type DisputeConcludedMessage } from './case-link';
/** Demo committees, mediators, screening rounds and disputes (main, cli, tests). */
export { generateDemoMediation } from './demo/generate-demo-mediation';
/** The mediation module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { mediationModule } from './manifest';
