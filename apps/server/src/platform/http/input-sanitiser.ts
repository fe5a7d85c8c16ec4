import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors';

// Control characters (Cc: C0, DEL and C1) except tab, newline and carriage return; `\p{Cs}` under
// the u flag matches only a surrogate that is not half of a pair. PostgreSQL refuses NUL in text
// (22021) and jsonb refuses a lone surrogate (22P02): DESIGN pitfalls.
const UNSAFE_CHARACTER = /[^\P{Cc}\t\n\r]|\p{Cs}/u;
// Keys that reach prototypes when a body is merged or copied into an object.
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What {@link findUnsafeInput} found: the dotted path of the bad value and why it is refused. */
export interface UnsafeInput {
  field: string;
  why: string;
}

/**
 * Plain data only: parsed JSON and form objects, and query objects, whose prototype is an empty
 * object with a null prototype (fast-querystring); never streams, buffers or multipart files.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** A key as it is named in a message: control characters shown as `\uXXXX` escapes. */
function printable(key: string): string {
  return key.replace(/\p{Cc}|\p{Cs}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function walk(value: unknown, path: string): UnsafeInput | null {
  if (typeof value === 'string') return UNSAFE_CHARACTER.test(value) ? { field: path, why: '含有不允许的控制字符或残缺的 Unicode 字符' } : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = walk(value[i], join(path, String(i)));
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(value)) return null;
  for (const key of Object.keys(value)) {
    const field = join(path, printable(key));
    if (UNSAFE_KEYS.has(key)) return { field, why: '不允许使用此字段名' };
    if (UNSAFE_CHARACTER.test(key)) return { field, why: '字段名含有不允许的字符' };
    const found = walk(value[key], field);
    if (found) return found;
  }
  return null;
}

/**
 * The first string or key in `value` that must not reach the application, named by its dotted
 * path as zod errors are (`items.0.note`); a bare string is named `name`. Null when all is safe.
 */
export function findUnsafeInput(value: unknown, name = ''): UnsafeInput | null {
  const found = walk(value, '');
  return found && !found.field ? { ...found, field: name } : found;
}

/**
 * Refuses, before any route's validation, a request whose params, query or body carry a control
 * character, a lone surrogate or a prototype key: 400 VALIDATION_FAILED naming the field.
 */
export function registerInputSanitiser(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [value, name] of [
      [request.params, 'params'],
      [request.query, 'query'],
      [request.body, 'body'],
    ] as const) {
      const found = findUnsafeInput(value, name);
      if (found) throw new AppError('VALIDATION_FAILED', `字段 ${found.field} ${found.why}`, found.field);
    }
  });
}
