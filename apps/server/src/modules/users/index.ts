/** The users module's public face. */
export { registerUserRoutes } from './users.routes';
