import { defineConfig } from 'drizzle-kit';

// drizzle-kit reads the top-level exports of these files, so it takes the tables by file name: every
// `*.tables.ts` of platform and of the modules. `module-list.test.ts` checks that each such table
// belongs to platform or to exactly one module manifest, so a module's tables are listed once, in its manifest.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/platform/**/*.tables.ts', './src/modules/**/*.tables.ts'],
  out: './drizzle',
});
