import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';

const MODULES = fileURLToPath(new URL('../modules', import.meta.url));

describe('module index.ts files', () => {
  it('export no tables: other modules ask functions (test-support/tables serves the tests)', async () => {
    const modules = readdirSync(MODULES, { withFileTypes: true }).filter((d) => d.isDirectory());
    const exported: Record<string, string[]> = {};
    for (const { name } of modules) {
      const index = (await import(`../modules/${name}/index.ts`)) as Record<string, unknown>;
      const tables = Object.keys(index).filter((key) => index[key] instanceof PgTable);
      if (tables.length) exported[name] = tables.sort();
    }
    expect(exported).toEqual({});
  });
});
