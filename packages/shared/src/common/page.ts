import { z } from 'zod';

/** Keyset pagination query: `after` is the opaque cursor from the previous page (DESIGN pitfall: no OFFSET). */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  // Signed cursors of deep org paths (residents: path + id + signature) pass 200 characters.
  after: z.string().max(400).optional(),
});

/** A page of items with the cursor for the next page (null on the last page). */
export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Route params holding one UUID id. */
export const idParams = z.object({ id: z.uuid() });

/** `{ ok: true }` answer for commands without a body. */
export const okResponse = z.object({ ok: z.literal(true) });
