/** The claims module's public face: other modules import only from here. */
export { registerClaimsRoutes } from './claims.routes';
export { claims, claimEvents, needs, wishes, partnerUnits, unitRegistrations, memberRegistrations, pointLedger, rewards } from './claims.tables';
export { earnPoints } from './points.service';
export { claimsSweepJob } from './claims-sweep';
/** Demo data generators for claims, partner work and pending registrations (main, bench, tests). */
export { generateDemoClaims } from './demo/generate-demo-claims';
export { generateDemoPartnerWork } from './demo/generate-demo-partner-work';
export { generateDemoPendingRegistrations } from './demo/generate-demo-pending-registrations';
/** The claims module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { claimsModule } from './manifest';
