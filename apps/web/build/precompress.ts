import fs from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Files worth compressing: text the browser downloads. Images and fonts here are already compressed. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt)$/;
/** Below this a compressed copy saves less than the headers it costs. */
const MIN_BYTES = 1024;

/** Every file below `dir`, recursively. */
function filesBelow(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesBelow(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file in `dir` of at least 1 KB, at the highest levels: compressing
 * once at build time costs seconds, serving precompressed costs the server nothing per request. Returns the files compressed.
 */
export function precompressDir(dir: string): string[] {
  const done: string[] = [];
  for (const file of filesBelow(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const raw = fs.readFileSync(file);
    if (raw.length < MIN_BYTES) continue;
    fs.writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
    fs.writeFileSync(
      `${file}.br`,
      brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
    );
    done.push(file);
  }
  return done;
}

/** Vite plugin: precompresses the build output (brotli and gzip) so the server sends compressed files it never compresses itself. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'linli-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressDir(outDir);
    },
  };
}
