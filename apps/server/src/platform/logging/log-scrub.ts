import { redactText } from '@linli/shared';

/** Query-string parameters whose values are never written to a log line. */
const SECRET_PARAM = /key|token|secret|sig|pass|auth|session|code/i;

/** The request's URL for a log line: the path, and the query with the values of secret-looking parameters hidden. */
export function loggableUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const query = new URLSearchParams(url.slice(at + 1));
  for (const name of new Set(query.keys())) if (SECRET_PARAM.test(name)) query.set(name, '***');
  return `${scrubText(url.slice(0, at))}?${scrubText(query.toString())}`;
}

/**
 * Text fit for a log line: Drizzle's "Failed query" messages lose their `params:` (the values a
 * request wrote: phones, ID numbers, password hashes), the value PostgreSQL quotes in a data error
 * (`invalid input syntax for type uuid: "…"`) is hidden, and phones, ID numbers and card numbers
 * left anywhere are replaced by redactText's labels.
 */
export function scrubText(text: string): string {
  return redactText(text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/g, '\nparams: ***').replace(/(for type [\w ]+: )"[^"]*"/g, '$1"***"'));
}

/** What a log line says about an error: its type, scrubbed message, SQLSTATE and scrubbed stack; causes are followed a few levels. */
export interface LoggedError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: LoggedError;
}

/** The SQLSTATE of a database error, looked for on the error and the causes wrapping it (Drizzle wraps pg's). */
export function sqlStateOf(err: unknown): string | undefined {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** An error as a log line carries it (pino's `err` serializer): never a raw message, which may hold a query's parameters. */
export function loggedError(err: unknown, depth = 0): LoggedError {
  const e = err instanceof Error ? err : new Error(String(err));
  const out: LoggedError = { type: e.name, message: scrubText(e.message) };
  const code = sqlStateOf(e);
  if (code) out.code = code;
  if (e.stack) out.stack = scrubText(e.stack);
  if (e.cause !== undefined && depth < 3) out.cause = loggedError(e.cause, depth + 1);
  return out;
}
