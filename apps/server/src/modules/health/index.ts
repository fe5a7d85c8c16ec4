/** The health module's public face: other modules import only from here. */
/** Mounts the liveness/readiness routes. */
export { registerHealthRoutes } from './health.routes';
