import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiskStorage } from '../storage/file-storage';
import { makePrivate } from './private-files';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-private-test-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('private data files (issue 15, item 7)', () => {
  it('closes a directory tree an earlier version left readable, and leaves a private one as it is', () => {
    const root = tempDir();
    fs.chmodSync(root, 0o755);
    fs.mkdirSync(path.join(root, 'a/b'), { recursive: true, mode: 0o777 });
    fs.chmodSync(path.join(root, 'a'), 0o755);
    fs.writeFileSync(path.join(root, 'a/b/file'), 'x', { mode: 0o666 });
    fs.chmodSync(path.join(root, 'a/b/file'), 0o666);
    expect(makePrivate(root)).toBe(4);
    expect([mode(root), mode(path.join(root, 'a')), mode(path.join(root, 'a/b')), mode(path.join(root, 'a/b/file'))]).toEqual([0o700, 0o700, 0o700, 0o600]);
    expect(makePrivate(root)).toBe(0);
  });

  it('stores uploaded photos readable by the server user only, and closes older ones at start', async () => {
    const root = path.join(tempDir(), 'uploads');
    fs.mkdirSync(path.join(root, '2025/12'), { recursive: true });
    fs.writeFileSync(path.join(root, '2025/12/old.jpg'), 'jpeg', { mode: 0o644 });
    const storage = createDiskStorage(root);
    const key = '2026/01/0b0c8f8e-8f9a-4c1e-9a52-6f2f7b8f0a11.jpg';
    await storage.put(key, Buffer.from('jpeg'));
    expect(mode(path.join(root, key))).toBe(0o600);
    expect(mode(path.join(root, '2026/01'))).toBe(0o700);
    expect(mode(path.join(root, '2026'))).toBe(0o700);
    expect(mode(path.join(root, '2025/12/old.jpg'))).toBe(0o600);
    expect(mode(root)).toBe(0o700);
  });
});
