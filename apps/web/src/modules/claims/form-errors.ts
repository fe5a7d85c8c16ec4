import type { FormInstance } from 'antd';
import { ApiError } from '../../api/api-error';
import { applyFormError } from '../../ui/apply-form-error';

/**
 * {@link applyFormError} for forms whose inputs are named differently from the request fields
 * (`communityId` is picked in `community`, `startsOn`/`endsOn` in one `term` range): `aliases`
 * maps the server's field to the form's.
 */
export function applyClaimsFormError(form: FormInstance, error: unknown, aliases: Record<string, string> = {}): boolean {
  const all: Record<string, string> = { communityId: 'community', ...aliases };
  if (error instanceof ApiError && error.field && all[error.field]) {
    return applyFormError(form, new ApiError(error.status, error.code, error.message, all[error.field]));
  }
  return applyFormError(form, error);
}
