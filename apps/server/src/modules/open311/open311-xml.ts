/**
 * A tiny XML writer for the GeoReport v2 documents: enough for element-only trees of text,
 * with every value escaped. No attributes, no namespaces, no mixed content (the spec needs none).
 */

/** A value an element can hold: text, a nested element map, or nothing (an empty element). */
export type XmlValue = string | number | boolean | null | undefined | XmlTree | XmlValue[];

/**
 * An element's children by tag name. An array value repeats the tag once per item, so
 * `{ service: [a, b] }` writes `<service>a</service><service>b</service>`.
 */
export interface XmlTree {
  [tag: string]: XmlValue;
}

const TAG = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
// XML 1.0 forbids most C0 control characters even when escaped; a stray one would break the document.
// eslint-disable-next-line no-control-regex
const INVALID_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for element content or attribute values (& < > " '), dropping characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_CHARS, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

function element(tag: string, value: XmlValue, out: string[]): void {
  if (!TAG.test(tag)) throw new Error(`invalid XML tag: ${tag}`);
  if (Array.isArray(value)) {
    for (const item of value) element(tag, item, out);
    return;
  }
  if (value === null || value === undefined) {
    out.push(`<${tag}/>`);
    return;
  }
  if (typeof value === 'object') {
    out.push(`<${tag}>`);
    for (const [child, v] of Object.entries(value)) element(child, v, out);
    out.push(`</${tag}>`);
    return;
  }
  const text = escapeXml(String(value));
  out.push(text === '' ? `<${tag}/>` : `<${tag}>${text}</${tag}>`);
}

/** A whole UTF-8 XML document with one root element (the spec requires the declaration). */
export function xmlDocument(root: string, children: XmlTree): string {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>'];
  element(root, children, out);
  return out.join('');
}
