import fs from 'node:fs';
import path from 'node:path';

/** Mode of every directory the server keeps data in: only the server's user may enter it. */
export const PRIVATE_DIR_MODE = 0o700;
/** Mode of every file the server keeps data in: only the server's user may read it. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Makes `root` (created if missing) and everything under it private to this user: directories
 * 0700, files 0600. Runs at every start, so a data directory made by an earlier version (PGlite
 * created its files 0666 less the umask, uploads 0644) is closed too. Symbolic links and entries
 * owned by another user are left alone. Returns how many modes it changed.
 */
export function makePrivate(root: string): number {
  fs.mkdirSync(root, { recursive: true, mode: PRIVATE_DIR_MODE });
  // The root itself may be a link to another disk: protect where it points.
  return fixMode(fs.realpathSync(root), true);
}

function fixMode(entry: string, isDir: boolean): number {
  let changed = 0;
  try {
    const stat = fs.lstatSync(entry);
    if (stat.isSymbolicLink() || (process.getuid && stat.uid !== process.getuid())) return 0;
    const want = isDir ? PRIVATE_DIR_MODE : PRIVATE_FILE_MODE;
    if ((stat.mode & 0o777) !== want) {
      fs.chmodSync(entry, want);
      changed++;
    }
    if (!isDir) return changed;
    for (const child of fs.readdirSync(entry, { withFileTypes: true })) {
      if (child.isDirectory() || child.isFile()) changed += fixMode(path.join(entry, child.name), child.isDirectory());
    }
  } catch (err) {
    // Removed meanwhile (PGlite deletes WAL segments and temporary files as it runs): nothing to protect.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return changed;
}
