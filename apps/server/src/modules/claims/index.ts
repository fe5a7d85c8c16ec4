/** The claims module's public face: other modules import only from here. */
export { registerClaimsRoutes } from './claims.routes';
export { claims, claimEvents, needs, wishes, partnerUnits, unitRegistrations, memberRegistrations, pointLedger, rewards } from './claims.tables';
export { earnPoints } from './points.service';
export { claimsSweepJob } from './claims-sweep';
