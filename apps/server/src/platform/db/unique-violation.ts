/** True when `err` (or an error it wraps) is a unique-constraint violation on `constraint`: how a lost race on a partial unique index shows. */
export function isUniqueViolation(err: unknown, constraint: string): boolean {
  for (let e = err as { code?: string; constraint?: string; message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505' && (!e.constraint || e.constraint === constraint || e.message?.includes(constraint))) return true;
  }
  return false;
}
