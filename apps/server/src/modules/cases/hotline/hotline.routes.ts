import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../platform/app-deps';

/** 12345 hotline import and the monthly worst-complexes report (being built). */
export function registerHotlineRoutes(_app: FastifyInstance, _deps: AppDeps): void {}
