// `npm run build -w @linli/server`: bundles src/main.ts into dist/main.js with esbuild (tsx's own
// dependency), so the server can start as plain JavaScript. Under tsx every module is compiled in
// the process at load and tsx's loader hooks run in a thread of their own: ≈ 70–100 MB of peak RSS
// in the embedded bench run (ADR 0004, "Memory"). npm packages stay external (native addons such as
// @node-rs/jieba, @node-rs/argon2 and sharp cannot be bundled); @linli/shared is TypeScript, so it
// is bundled in.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const serverDir = path.resolve(import.meta.dirname, '..');
const outdir = path.join(serverDir, 'dist');
const sharedEntry = path.resolve(serverDir, '../../packages/shared/src/index.ts');

/**
 * Source files find the migrations, the PGlite worker and the repository root relative to
 * themselves (`import.meta.dirname`, `import.meta.url`). In one bundle those would all name dist/,
 * so each is rewritten to the source file's own location, relative to the bundle: the paths keep
 * pointing into src/ and the built server still runs wherever the repository is moved.
 */
const sourceRelativeImportMeta = {
  name: 'source-relative-import-meta',
  setup(b) {
    b.onResolve({ filter: /^@linli\/shared$/ }, () => ({ path: sharedEntry }));
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      if (contents.includes('import.meta.')) {
        const file = path.relative(outdir, args.path).split(path.sep).join('/');
        const url = `new URL(${JSON.stringify(file)}, import.meta.url)`;
        const replacement = { dirname: `__linliPath.dirname(__linliFileURLToPath(${url}))`, filename: `__linliFileURLToPath(${url})`, url: `${url}.href` };
        contents = contents.replace(/\bimport\.meta\.(dirname|filename|url)\b/g, (_, prop) => replacement[prop]);
        contents = `import __linliPath from 'node:path';\nimport { fileURLToPath as __linliFileURLToPath } from 'node:url';\n${contents}`;
      }
      return { contents, loader: 'ts' };
    });
  },
};

await build({
  entryPoints: [path.join(serverDir, 'src/main.ts')],
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  plugins: [sourceRelativeImportMeta],
  // Read only under `node --enable-source-maps`: costs nothing otherwise.
  sourcemap: 'linked',
  logLevel: 'warning',
});
