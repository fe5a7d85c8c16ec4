import fs from 'node:fs';
import path from 'node:path';
import { isProcessAlive, processIdentity } from './process-identity';

/** A data directory another running process holds: an operator's situation, told in one line without a stack trace. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: string,
  ) {
    super(
      `数据目录 ${dir} 正被进程 ${holder.split(' ')[0]} 使用，请先停止该进程（PGlite 不能被两个进程同时打开）/ ` +
        `data directory ${dir} is in use by process ${holder.split(' ')[0]}: stop it first.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Holds an exclusive lock on a PGlite data directory. PGlite has no lock between processes and a
 * second opener silently loses writes (DESIGN pitfall), so a second process is refused clearly.
 * Node has no flock without a native package, so the lock file names its holder by PID and start
 * time (process-identity.ts): a PID reused by an unrelated process after a crash does not hold it.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const lockFile = path.join(dir, 'linli.lock');
  const me = processIdentity();
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, me, { flag: 'wx' });
      let released = false;
      return () => {
        // Idempotent, and only ever removes this process's own lock.
        if (released) return;
        released = true;
        if (readHolder(lockFile) === me) fs.rmSync(lockFile, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(lockFile);
      if (holder && holder !== me && isProcessAlive(holder)) throw new DataDirLockedError(dir, holder);
      fs.rmSync(lockFile, { force: true }); // stale lock from a process that died
    }
  }
  throw new Error(`could not lock ${dir}`);
}

function readHolder(lockFile: string): string | undefined {
  try {
    return fs.readFileSync(lockFile, 'utf8').trim();
  } catch {
    return undefined;
  }
}
