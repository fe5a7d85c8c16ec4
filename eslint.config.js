import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { linliPlugin } from './eslint-rules/no-state-literals.js';

// Module boundaries (module kit): code outside a server module imports only the module's
// index.ts. `no-restricted-imports` sees the import string, not the resolved path, so the
// patterns below are built per module folder and per directory depth inside it.
const SERVER = 'apps/server/src';
const MODULES = readdirSync(new URL(`./${SERVER}/modules`, import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const MAX_DEPTH = 4; // folders below modules/<module>/ that the globs below cover
const INDEX = '(?!index(?:\\.[jt]s)?$)[^/]'; // a path segment that is not the module's index
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const INTO_MODULE_MESSAGE = "Import another module only through its index.ts (e.g. '../../org', not '../../org/demo/random').";
/** Any `…/modules/<other>/<not index>` import; `own` is the importing module, if any. */
const throughModulesDir = (own) => ({
  regex: `(?:^|/)modules/${own ? `(?!${esc(own)}/)` : ''}[^/]+/${INDEX}`,
  message: INTO_MODULE_MESSAGE,
});
const TABLES_MESSAGE = "A module's tables are its own: ask a function in its index.ts (tests may use test-support/tables).";
/** Tables are a module's own: tests reach any table through test-support/tables, production code never. */
const TABLES_GATEWAY = { regex: '(?:^|/)test-support/tables(?:\\.[jt]s)?$', message: "Only tests read other modules' tables (test-support/tables)." };
/** A relative import that climbs `depth + 1` folders out of module `own` into another module's non-index file. */
const intoOtherModule = (own, depth) => ({ regex: `^(?:\\.\\./){${depth + 1}}(?!${esc(own)}/)[^./][^/]*/${INDEX}`, message: INTO_MODULE_MESSAGE });
const moduleBoundaries = MODULES.flatMap((own) =>
  Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => {
    const files = [`${SERVER}/modules/${own}/${'*/'.repeat(depth)}*.ts`];
    const patterns = [
      // Another module's `*.tables` file, named first so the message says why.
      { regex: `^(?:\\.\\./){${depth + 1}}(?!${esc(own)}/)[^./][^/]*/(?:[^/]+/)*[^/]+\\.tables(?:\\.[jt]s)?$`, message: TABLES_MESSAGE },
      intoOtherModule(own, depth),
      throughModulesDir(own),
    ];
    return [
      { files, ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, TABLES_GATEWAY] }] } },
      { files: files.map((f) => f.replace(/\*\.ts$/, '*.test.ts')), rules: { 'no-restricted-imports': ['error', { patterns }] } },
    ];
  }).flat(),
);

// The same boundary on the web: one module under apps/web/src/modules/ imports another only through
// its index.ts; pieces several modules share live in apps/web/src/ui/. The web's own rule (never
// import server code) is repeated here because a later `no-restricted-imports` entry replaces an earlier one.
const WEB = 'apps/web/src';
const WEB_MODULES = readdirSync(new URL(`./${WEB}/modules`, import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const NO_SERVER_IN_WEB = { group: ['**/apps/server/**', '@linli/server'], message: 'The web app never imports server code.' };
const webModuleBoundaries = WEB_MODULES.flatMap((own) =>
  Array.from({ length: MAX_DEPTH + 1 }, (_, depth) => ({
    files: [`${WEB}/modules/${own}/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_SERVER_IN_WEB, intoOtherModule(own, depth), throughModulesDir(own)] }] },
  })),
);

// Lint rules every package shares; type checking itself is `npm run typecheck`.
export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'apps/server/drizzle/**', 'bench/results/**', 'e2e/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only (DESIGN: naming).' }],
      // Prettier wraps code at 160 columns; comments must be wrapped by hand. Long literals stay whole so messages stay greppable.
      'max-len': ['error', { code: 160, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
    },
  },
  {
    // Lifecycle states are compared only where they are defined (workflows, enums, named state sets); tests,
    // demo and bench world builders and the security battery's world write states, which is not comparing them.
    files: ['**/*.{ts,tsx}'],
    ignores: [
      '**/*-workflow.ts',
      '**/*-enums.ts',
      '**/*-states.ts',
      '**/*.test.{ts,tsx}',
      '**/*.spec.ts',
      `${SERVER}/modules/*/demo/**`,
      `${SERVER}/bench-world.ts`,
      `${SERVER}/security/battery-world.ts`,
      'bench/lib/world.ts',
    ],
    plugins: { linli: linliPlugin },
    rules: { 'linli/no-state-literals': 'error' },
  },
  {
    files: ['**/vite.config.ts', '**/vitest.config.ts', 'eslint.config.js', 'apps/server/drizzle.config.ts', 'e2e/vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [NO_SERVER_IN_WEB] }],
    },
  },
  {
    files: ['packages/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'drizzle-orm*', 'fastify*', 'react*', 'pg'], message: 'packages/shared depends on zod only.' }] },
      ],
    },
  },
  ...moduleBoundaries,
  ...webModuleBoundaries,
  {
    files: [`${SERVER}/*.ts`, `${SERVER}/test-support/**/*.ts`, `${SERVER}/security/**/*.ts`, `${SERVER}/architecture/**/*.ts`, 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [throughModulesDir()] }] },
  },
  {
    // Server start-up, the CLI and the bench are production code: no table of any module.
    files: [`${SERVER}/*.ts`, 'bench/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [throughModulesDir(), TABLES_GATEWAY] }] },
  },
  {
    // Platform tests that mount the whole app may use modules, through their index only.
    files: [`${SERVER}/platform/**/*.test.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [throughModulesDir()] }] },
  },
  {
    files: [`${SERVER}/platform/**/*.ts`],
    ignores: [`${SERVER}/platform/**/*.test.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(?:^|/)modules(?:/|$)', message: 'platform/ knows no domain: it never imports modules/.' }] }],
    },
  },
);
