import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/app-deps';

/** Case figures and dashboard endpoints (being built). */
export function registerCaseStatsRoutes(_app: FastifyInstance, _deps: AppDeps): void {}
