/** The auth module's public face on the web: other modules import only from here. */
export { useMe } from './auth-queries';
export { hasAnyRole, isResidentOnly, rolesOf } from './roles';
export { passwordRule } from './password-rule';
export { useMyResidenceClaim } from './residence-claims/residence-claim-queries';
