/** An error answered by the API (`{ code, message, field? }`) or raised while talking to it. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;

  constructor(status: number, code: string, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** True when the error means the session is missing or expired. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'UNAUTHENTICATED';
}

/** True when the record does not exist for this user: 404, or an id that is not even well-formed (400 on `id`). */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || (error.code === 'VALIDATION_FAILED' && error.field === 'id'));
}

/** True when the user's posts do not allow the record or list (403): retrying will not help. */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

/** The Chinese message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '操作未完成，请稍后重试';
}
