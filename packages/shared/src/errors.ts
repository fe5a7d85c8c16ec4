/** Every error code the API answers with, and when it is thrown (DESIGN rule 6). */
export const ERROR_CODES = {
  VALIDATION_FAILED: 'The request body, query or params failed the contract; `field` names the first bad field.',
  UNAUTHENTICATED: 'No valid session: log in first, or the session expired after being idle.',
  FORBIDDEN: 'Logged in, but the role does not allow this action.',
  NOT_FOUND: "No such record inside the caller's data scope (outside the scope looks the same as missing).",
  CONFLICT: 'The record changed or already exists; reload and try again.',
  ITEM_TAKEN: 'The need, wish or volunteer post is already claimed by someone else (DOMAIN §3: one item, one claimant).',
  INVALID_CREDENTIALS: 'Username or password is wrong.',
  ACCOUNT_LOCKED: 'Too many failed logins: the account is locked for 15 minutes.',
  OTP_RATE_LIMITED:
    "A code was sent to this phone less than a minute ago or too many today, too many codes were asked from this address, or the day's SMS cap is spent.",
  OTP_INVALID: 'The one-time code is wrong or expired.',
  REVEAL_LIMITED: 'Too many full reveals of ID numbers or phones by this user within the current clock hour (LINLI_REVEAL_PER_HOUR).',
  IMPORT_INVALID_FILE: 'The uploaded file is not a readable .xlsx ledger.',
  PAYLOAD_TOO_LARGE: 'The request body or upload is larger than allowed.',
  RATE_LIMITED: 'Too many login or SMS-code attempts from one address within a minute; wait and retry (Retry-After says how long).',
  IDEMPOTENCY_KEY_REUSED:
    'The Idempotency-Key was already used by this user for a different request body: a retry must resend the same body, a new submission needs a new key.',
  UNAVAILABLE:
    'The database is unreachable or dropped the connection (restart, failover, shutdown); retry after the Retry-After seconds, with the same Idempotency-Key for a submission.',
  EXPORT_TOO_LARGE:
    'More rows match than an export written inside the request holds (LINLI_EXPORT_IMMEDIATE_ROWS): start a background export (POST /api/exports/…) or narrow the filters.',
  INTERNAL: 'An unexpected server error; it is logged with the request id.',
} as const;

/** One of the codes in {@link ERROR_CODES}. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** HTTP status for each error code; the server's one error handler uses this map. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ITEM_TAKEN: 409,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  OTP_RATE_LIMITED: 429,
  OTP_INVALID: 401,
  REVEAL_LIMITED: 429,
  IMPORT_INVALID_FILE: 400,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  IDEMPOTENCY_KEY_REUSED: 422,
  UNAVAILABLE: 503,
  EXPORT_TOO_LARGE: 422,
  INTERNAL: 500,
};

/** The body of every error response. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
  /** On INTERNAL and UNAVAILABLE errors: the id the server logged the error under (also the X-Request-Id header). */
  requestId?: string;
}
