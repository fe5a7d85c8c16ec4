import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors';

/** Opaque keyset-pagination cursors that only this deployment can make. */
export interface CursorCodec {
  /** The cursor for a page that continues after a row with these position values. */
  encode(values: (string | number)[]): string;
  /** The position values of a cursor {@link encode} made; a forged, altered or wrongly sized one is a 400 on `after`. */
  decode(cursor: string | undefined, arity: number): (string | number)[] | null;
}

// 96 bits of HMAC-SHA256 (16 base64url characters): a forgery needs 2^96 tries, cursors stay short.
const SIGNATURE_CHARS = 16;

function refuse(): never {
  throw new AppError('VALIDATION_FAILED', '分页参数无效', 'after');
}

/**
 * Cursors signed with a key derived from the deployment secret (its own HKDF purpose). Without the
 * signature any JSON reached the SQL as a position (`["x"]` where a uuid or timestamp is compared):
 * a 500 from the database instead of a 400.
 */
export function createCursorCodec(secret: string): CursorCodec {
  const key = Buffer.from(hkdfSync('sha256', secret, 'linli', 'cursors', 32));
  const sign = (payload: string) => createHmac('sha256', key).update(payload).digest('base64url').slice(0, SIGNATURE_CHARS);
  return {
    encode(values) {
      const payload = Buffer.from(JSON.stringify(values)).toString('base64url');
      return `${payload}.${sign(payload)}`;
    },
    decode(cursor, arity) {
      if (!cursor) return null;
      const [payload, signature, ...rest] = cursor.split('.');
      if (!payload || !signature || rest.length) refuse();
      const expected = Buffer.from(sign(payload));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) refuse();
      const values: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      // Signed by us, so well formed; the arity check catches a cursor of one list handed to another.
      if (!Array.isArray(values) || values.length !== arity) refuse();
      return values as (string | number)[];
    },
  };
}

/**
 * One page of a keyset list fetched with `limit + 1` rows: the first `limit` of them, and the cursor
 * after the last when the extra row shows there is more (`keyOf` gives its position values, by default its id).
 */
export function pageOf<R extends { id: string }>(
  rows: R[],
  limit: number,
  cursors: CursorCodec,
  keyOf: (last: R) => (string | number)[] = (last) => [last.id],
): { page: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  return { page, nextCursor: rows.length > limit ? cursors.encode(keyOf(page[page.length - 1])) : null };
}
