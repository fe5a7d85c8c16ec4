import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isProcessAlive, processIdentity } from './process-identity';

const PREFIX = 'linli-pglite-';
const OWNER_FILE = 'owner';
/** A directory without an owner file younger than this may be one being made right now. */
const UNOWNED_GRACE_MS = 60_000;

/**
 * Makes the private 0700 directory for an embedded server's Unix socket in the system temp dir
 * (a data dir's path may be too long for a socket: 107 bytes), naming its owner process inside,
 * after removing the ones whose owner died without cleaning up (a crash, `kill -9`).
 */
export function makeSocketDir(tmp: string = os.tmpdir()): string {
  removeStaleSocketDirs(tmp);
  const dir = fs.mkdtempSync(path.join(tmp, PREFIX));
  fs.writeFileSync(path.join(dir, OWNER_FILE), processIdentity());
  return dir;
}

/** Removes `linli-pglite-*` directories of this user whose owner process is gone; returns how many. */
export function removeStaleSocketDirs(tmp: string = os.tmpdir()): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(tmp).filter((n) => n.startsWith(PREFIX));
  } catch {
    return 0;
  }
  for (const name of names) {
    const dir = path.join(tmp, name);
    try {
      const stat = fs.statSync(dir);
      if (!stat.isDirectory() || (process.getuid && stat.uid !== process.getuid())) continue;
      const owner = readOwner(dir);
      const stale = owner ? !isProcessAlive(owner) : Date.now() - stat.mtimeMs > UNOWNED_GRACE_MS;
      if (!stale) continue;
      fs.rmSync(dir, { recursive: true, force: true });
      removed++;
    } catch {
      // Another process removed it first, or it is not ours to read: leave it.
    }
  }
  return removed;
}

function readOwner(dir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, OWNER_FILE), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
