/** The claims module's public face: other modules import only from here. */
export { registerClaimsRoutes } from './claims.routes';
export { earnPoints } from './points.service';
export { claimsSweepJob } from './claims-sweep';
export { claimsOutboxHandlers } from './referred-needs';
export { listUnitsRegisteredWith, isUnitRegisteredWith, partnerUnitName, type PartnerUnitRef } from './partner-unit-queries';
/** Demo data generators for claims, partner work and pending registrations (main, bench, tests). */
export { generateDemoClaims } from './demo/generate-demo-claims';
export { generateDemoPartnerWork } from './demo/generate-demo-partner-work';
export { generateDemoPendingRegistrations } from './demo/generate-demo-pending-registrations';
/** The claims module's manifest: what app.ts, main.ts and the cli mount, start and seed (listed in src/module-list.ts). */
export { claimsModule } from './manifest';
