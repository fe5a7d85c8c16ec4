import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a page loads before anything else: `<script type="module" src>` and
 * `<link rel="modulepreload" href>` of a built HTML entry, in order, without duplicates.
 */
export function initialScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];
    const isScript = /^<script/i.test(tag) && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel')?.toLowerCase() === 'modulepreload' && attr('href');
    const url = isScript ? attr('src') : isPreload ? attr('href') : undefined;
    if (url && url.endsWith('.js') && !/^https?:/i.test(url) && !found.includes(url)) found.push(url);
  }
  return found;
}

/** Gzip size (level 9) of each initial script of `htmlFile` and their sum, read from the built `distDir`. */
export function initialJsGzip(distDir: string, htmlFile: string): { files: { file: string; gzip: number }[]; total: number } {
  const html = readFileSync(path.join(distDir, htmlFile), 'utf8');
  const files = initialScripts(html).map((url) => {
    const file = url.replace(/^\//, '');
    return { file, gzip: gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length };
  });
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}
