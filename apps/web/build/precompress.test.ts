import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressDir } from './precompress';

describe('precompressDir', () => {
  it('writes brotli and gzip copies that decompress to the original, for text files of 1 KB or more only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-precompress-'));
    const big = 'const 邻里 = "社区治理";\n'.repeat(200);
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'app-abc123.js'), big);
    fs.writeFileSync(path.join(dir, 'small.css'), 'a{}');
    fs.writeFileSync(path.join(dir, 'photo.png'), Buffer.alloc(4096, 7));

    const done = precompressDir(dir).map((f) => path.relative(dir, f));

    expect(done).toEqual([path.join('assets', 'app-abc123.js')]);
    const js = path.join(dir, 'assets', 'app-abc123.js');
    expect(brotliDecompressSync(fs.readFileSync(`${js}.br`)).toString()).toBe(big);
    expect(gunzipSync(fs.readFileSync(`${js}.gz`)).toString()).toBe(big);
    expect(fs.statSync(`${js}.br`).size).toBeLessThan(big.length / 10);
    expect(fs.existsSync(path.join(dir, 'small.css.br'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'photo.png.gz'))).toBe(false);
  });
});
