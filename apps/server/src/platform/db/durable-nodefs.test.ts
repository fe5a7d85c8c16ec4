import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DURABLE_SETTINGS, DurableNodeFS } from './durable-nodefs.mjs';
import { openDatabase } from './open-database';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-durable-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  vi.restoreAllMocks();
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** Every mode under `root`, as `d700` / `f600`, with one example path each. */
function modesUnder(root: string): Map<string, string> {
  const modes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      const mode = `${entry.isDirectory() ? 'd' : 'f'}${(fs.statSync(file).mode & 0o777).toString(8)}`;
      if (!modes.has(mode)) modes.set(mode, path.relative(root, file));
      if (entry.isDirectory()) walk(file);
    }
  };
  walk(root);
  return modes;
}

describe('embedded durability (issue 15, item 7)', () => {
  it("a commit reaches the kernel's fsync through PGlite's file system", async () => {
    const startParams = [...PGlite.defaultStartParams.filter((p) => p !== '-F'), ...Object.entries(DURABLE_SETTINGS).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
    const pglite = new PGlite({ fs: new DurableNodeFS(path.join(tempDir(), 'pgdata')), startParams });
    try {
      await pglite.exec('create table t (id int primary key)');
      // PGlite's own NODEFS has no fsync operation: Emscripten reported success and nothing reached the disk.
      const fsync = vi.spyOn(fs, 'fsyncSync');
      await pglite.query('insert into t values (1)');
      expect(fsync).toHaveBeenCalled();
    } finally {
      await pglite.close();
    }
  });

  it('the embedded server runs with fsync on and keeps its data directory private, also one made before', async () => {
    const dataDir = tempDir();
    // As an earlier version left it: uploads and a directory readable by everyone.
    fs.chmodSync(dataDir, 0o755);
    fs.mkdirSync(path.join(dataDir, 'uploads/2026/01'), { recursive: true, mode: 0o755 });
    fs.writeFileSync(path.join(dataDir, 'uploads/2026/01/photo.jpg'), 'jpeg', { mode: 0o644 });
    const database = await openDatabase({ dataDir });
    try {
      const probe = sql`select current_setting('fsync') as fsync, current_setting('wal_sync_method') as method`;
      const { rows } = (await database.db.execute(probe)) as unknown as { rows: unknown[] };
      expect(rows).toEqual([{ fsync: 'on', method: 'fsync' }]);
      await database.db.execute(sql`create table kept (id int primary key)`);
      await database.db.execute(sql`insert into kept values (1)`);
    } finally {
      await database.close();
    }
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect([...modesUnder(dataDir)].filter(([mode]) => mode !== 'd700' && mode !== 'f600')).toEqual([]);
  });
});
