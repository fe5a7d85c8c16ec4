/** The Open311 module's public face. */
export { registerOpen311Routes } from './open311.routes';
