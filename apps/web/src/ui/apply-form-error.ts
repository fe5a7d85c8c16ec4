import type { FormInstance } from 'antd';
import { ApiError, errorMessage } from '../api/api-error';

/**
 * Puts a server error on the form field it names (`field`) and returns true; returns false when the
 * error names no field of this form, so the caller shows it as a page-level message instead.
 */
export function applyFormError(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.field) return false;
  const name = error.field.split('.').pop() ?? error.field;
  if (!(name in form.getFieldsValue())) return false;
  form.setFields([{ name, errors: [errorMessage(error)] }]);
  return true;
}
