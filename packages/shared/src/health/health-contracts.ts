import { z } from 'zod';

/** `GET /api/health` answer: the process is up and serving. */
export const healthResponse = z.object({ status: z.literal('ok') });
