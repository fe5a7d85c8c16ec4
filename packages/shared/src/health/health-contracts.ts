import { z } from 'zod';

/** `GET /api/health` answer: the process is up and serving. */
export const healthResponse = z.object({ status: z.literal('ok') });

/** `GET /api/ready` answer: ready (200), or unready with the reason (503). */
export const readinessResponse = z.object({ status: z.enum(['ready', 'unready']), reason: z.string().optional() });
