import { AppError } from '../errors';

/** Encodes keyset-pagination position values into an opaque cursor string. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Decodes a cursor made by {@link encodeCursor}; a tampered cursor is a 400 on `after`. */
export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through to the 400 below
  }
  throw new AppError('VALIDATION_FAILED', '分页参数无效', 'after');
}
