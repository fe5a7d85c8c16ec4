import type { FastifyInstance } from 'fastify';
import { healthEndpoints as ep } from '@linli/shared';
import { serve } from '../../platform/http/serve-endpoint';

/** `GET /api/health`: the process is up and serving. */
export function registerHealthRoutes(app: FastifyInstance): void {
  serve(app, ep.health, async () => ({ status: 'ok' as const }));
}
