import { createHash } from 'node:crypto';
import type { CreateCaseInput } from '@linli/shared';
import { AppError } from '../../../platform/errors';

/** JSON with object keys sorted at every level, so the same body hashes the same whatever its key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 (hex) of a submission as the contract parsed it: stored beside its Idempotency-Key. */
export function requestHashOf(input: CreateCaseInput): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

/**
 * Refuses a key reused for a different body (the way payment APIs do): answering with the first
 * case would silently drop the second report. Cases stored before the hash was kept (null) answer
 * as before.
 */
export function assertSameRequest(storedHash: string | null, input: CreateCaseInput): void {
  if (storedHash !== null && storedHash !== requestHashOf(input)) {
    throw new AppError(
      'IDEMPOTENCY_KEY_REUSED',
      '该 Idempotency-Key 已用于另一份不同的提交：重试请原样重发，新的反映请换一个新 key / the Idempotency-Key was used for a different body',
    );
  }
}
