import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/app-deps';

/** Open311 GeoReport v2 endpoints (being built). */
export function registerOpen311Routes(_app: FastifyInstance, _deps: AppDeps): void {}
