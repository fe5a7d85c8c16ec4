import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';
import { processIdentity } from './process-identity';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-lock-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the data directory lock', () => {
  it('takes over a stale lock whose PID is alive but now names a different process (a reused PID)', () => {
    const dir = tempDir();
    // The parent process is alive, but it did not start at tick 1 after boot: the PID was reused.
    fs.writeFileSync(path.join(dir, 'linli.lock'), `${process.ppid} 1`);
    const unlock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'linli.lock'), 'utf8')).toBe(processIdentity());
    unlock();
    unlock(); // idempotent: a second shutdown path releasing again is harmless
    expect(fs.existsSync(path.join(dir, 'linli.lock'))).toBe(false);
  });

  it('refuses while the process named in the lock still runs, saying which', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'linli.lock'), processIdentity(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`进程 ${process.ppid} .*in use by process ${process.ppid}`));
    expect(fs.readFileSync(path.join(dir, 'linli.lock'), 'utf8')).toBe(processIdentity(process.ppid));
  });

  it('takes over a lock of a process that is gone', () => {
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(path.join(dir, 'linli.lock'), gone);
    lockDataDir(dir)();
  });

  it('makes a CLI refused for a held lock say so in one line, without a stack trace', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'linli.lock'), processIdentity(process.ppid));
    const cli = path.resolve(import.meta.dirname, '../../cli.ts');
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, 'rebuild-stats'], {
      env: { ...process.env, LINLI_DATA_DIR: dir, DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/正被进程 \d+ 使用.*in use by process/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
