import type { ErrorCode } from '@linli/shared';

/** The one application error: a code from `ERROR_CODES`, a message for people, and the bad field if any. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Throws NOT_FOUND: used for missing rows and rows outside the caller's scope alike (DESIGN rule 3). */
export function notFound(what = '记录'): never {
  throw new AppError('NOT_FOUND', `${what}不存在或不在您的管辖范围内`);
}
