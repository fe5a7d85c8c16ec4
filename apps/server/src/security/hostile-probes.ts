import type { Operation, SchemaNode } from './openapi-operations';

/** One hostile request body or query, and the field its 400 must name (undefined: any field). */
export interface Probe {
  label: string;
  /** A JSON value to send, or raw text sent as application/json. */
  body?: unknown;
  raw?: string;
  query?: string;
  field?: string;
}

function typeOf(schema: SchemaNode): string | undefined {
  const t = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  return t ?? schema.anyOf?.map(typeOf).find(Boolean) ?? schema.allOf?.map(typeOf).find(Boolean);
}

function propertiesOf(schema: SchemaNode | null): [string, SchemaNode][] {
  if (!schema) return [];
  const own = Object.entries(schema.properties ?? {});
  const nested = [...(schema.allOf ?? []), ...(schema.anyOf ?? [])].flatMap((s) => Object.entries(s.properties ?? {}));
  return [...own, ...nested];
}

/** A value of the wrong JSON type for a schema. */
function wrongType(schema: SchemaNode): unknown {
  switch (typeOf(schema)) {
    case 'string':
      return 12345;
    case 'array':
      return 'not-an-array';
    case 'object':
      return 7;
    default:
      return 'not-a-number';
  }
}

/** Hostile bodies for a write route: malformed JSON, prototype keys, and per field wrong types, oversized text, control characters, lone surrogates. */
export function bodyProbes(op: Operation): Probe[] {
  const probes: Probe[] = [
    { label: 'malformed JSON', raw: '{"description": "路灯坏了', field: 'body' },
    { label: 'prototype key', raw: '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}' },
    { label: 'array body', body: [1, 2, 3] },
  ];
  for (const [name, schema] of propertiesOf(op.body)) {
    probes.push({ label: `${name}: wrong type`, body: { [name]: wrongType(schema) } });
    const type = typeOf(schema);
    const isText = type === 'string' && !schema.enum && schema.format !== 'uuid' && schema.const === undefined;
    const isTextList = type === 'array' && schema.items && typeOf(schema.items) === 'string';
    if (isText) {
      probes.push({ label: `${name}: oversized`, body: { [name]: '长'.repeat(Math.max(schema.maxLength ?? 0, 100_000) + 1) } });
      probes.push({ label: `${name}: NUL byte`, body: { [name]: '路灯\u0000坏了好几天' }, field: name });
      probes.push({ label: `${name}: C1 control`, body: { [name]: '路灯\u009b坏了好几天' }, field: name });
      probes.push({ label: `${name}: lone surrogate`, body: { [name]: '路灯\ud800坏了好几天' }, field: name });
    }
    if (isTextList) probes.push({ label: `${name}: NUL in an item`, body: { [name]: ['a\u0000b'] } });
  }
  return probes;
}

/** Hostile queries for a read route: forged cursors, and control characters in every text parameter. */
export function queryProbes(op: Operation): Probe[] {
  const probes: Probe[] = [];
  const names = op.query.map((q) => q.name);
  if (names.includes('after')) {
    for (const forged of [['x', 'y'], [1, 2, 3], ['2026-01-01T00:00:00Z', 'not-a-uuid'], [null, null], { a: 1 }]) {
      probes.push({
        label: `forged cursor ${JSON.stringify(forged)}`,
        query: `after=${Buffer.from(JSON.stringify(forged)).toString('base64url')}`,
        field: 'after',
      });
    }
    probes.push({ label: 'garbage cursor', query: 'after=%%%not-base64', field: 'after' });
  }
  for (const q of op.query) {
    if (typeOf(q.schema) !== 'string' || q.schema.enum || q.schema.format === 'uuid' || q.name === 'after') continue;
    probes.push({ label: `${q.name}: NUL byte`, query: `${q.name}=${encodeURIComponent('龙潭\u0000')}`, field: q.name });
    // A lone surrogate cannot travel in a query (invalid UTF-8 stays percent-encoded); a C1 control can.
    probes.push({ label: `${q.name}: C1 control`, query: `${q.name}=%E9%BE%99%C2%9B`, field: q.name });
  }
  return probes;
}
