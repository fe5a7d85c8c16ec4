// PGlite's Node file system (Emscripten NODEFS) made durable and private. Plain JavaScript: the
// PGlite worker (pglite-worker.mjs) imports it, and a worker cannot load .ts through tsx on Node 20.
//
// What PGlite 0.5.16 does out of the box, found by reading its build: it starts Postgres with `-F`
// (fsync = off), and even with fsync on, NODEFS has no `fsync` stream operation (Emscripten's
// fd_sync then returns success without calling anything) and `fdatasync` is a no-op syscall. So a
// commit is written to the OS page cache only: it survives `kill -9` of the server but not an OS
// crash or a power cut. Files are also created with the mode Postgres asks for through Emscripten,
// which came out 0666 (less the umask).
import fs from 'node:fs';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * Postgres settings that make a commit wait for its WAL to reach the disk: fsync on, and WAL
 * flushed with `fsync()` (which this file system forwards to the kernel) rather than `fdatasync()`
 * (which Emscripten swallows).
 */
export const DURABLE_SETTINGS = { fsync: 'on', wal_sync_method: 'fsync' };

/** NODEFS under a PGlite data directory whose fsync reaches the disk and whose new files are 0600, directories 0700. */
export class DurableNodeFS extends NodeFS {
  async init(pg, opts) {
    const result = await super.init(pg, opts);
    // NodeFS mounts the directory in a preRun hook; ours runs after it, before Postgres starts.
    result.emscriptenOpts.preRun = [...(result.emscriptenOpts.preRun ?? []), (mod) => patchNodefs(mod.NODEFS, mod.FS)];
    return result;
  }
}

/** Gives NODEFS an fsync that calls the kernel's, and creates files private to this user. */
function patchNodefs(NODEFS, FS) {
  NODEFS.stream_ops.fsync = (stream) => {
    NODEFS.tryFSOperation(() => fs.fsyncSync(stream.nfd));
    return 0;
  };
  const mknod = NODEFS.node_ops.mknod;
  NODEFS.node_ops.mknod = (parent, name, mode, dev) => mknod(parent, name, (mode & ~0o7777) | (FS.isDir(mode) ? 0o700 : 0o600), dev);
}
