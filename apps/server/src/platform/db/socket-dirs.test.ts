import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processIdentity } from './process-identity';
import { makeSocketDir, removeStaleSocketDirs } from './socket-dirs';

describe('embedded server socket directories', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-socket-dirs-test-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const leftBehind = (name: string, owner: string | undefined, ageMs = 0) => {
    const dir = path.join(tmp, name);
    fs.mkdirSync(dir);
    if (owner !== undefined) fs.writeFileSync(path.join(dir, 'owner'), owner);
    const at = new Date(Date.now() - ageMs);
    fs.utimesSync(dir, at, at);
    return dir;
  };

  it('removes the ones a crashed process left and keeps those of live processes and ones being made', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const crashed = leftBehind('linli-pglite-crashed', dead);
    const reused = leftBehind('linli-pglite-reused', `${process.ppid} 1`);
    const oldUnowned = leftBehind('linli-pglite-old', undefined, 10 * 60_000);
    const live = leftBehind('linli-pglite-live', processIdentity(process.ppid));
    const fresh = leftBehind('linli-pglite-fresh', undefined);
    const other = leftBehind('not-linli', dead);
    expect(removeStaleSocketDirs(tmp)).toBe(3);
    expect([crashed, reused, oldUnowned].filter((d) => fs.existsSync(d))).toEqual([]);
    expect([live, fresh, other].filter((d) => fs.existsSync(d))).toEqual([live, fresh, other]);
  });

  it('makes a private directory naming this process, cleaning up first', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const crashed = leftBehind('linli-pglite-crashed2', dead);
    const dir = makeSocketDir(tmp);
    expect(fs.existsSync(crashed)).toBe(false);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.readFileSync(path.join(dir, 'owner'), 'utf8')).toBe(processIdentity());
  });
});
