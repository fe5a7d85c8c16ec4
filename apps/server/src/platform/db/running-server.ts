import fs from 'node:fs';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from '../files/private-files';
import { isProcessAlive } from './process-identity';

const SOCKET_FILE = 'linli.socket';

/**
 * Names the embedded server's socket in `<data>/linli.socket` while it runs, so an operator command
 * (`linli backup`) can read through the running server instead of opening the data directory a
 * second time (PGlite cannot be shared). Returns a function that removes the file again.
 */
export function advertiseServer(dataDir: string, url: string): () => void {
  const file = path.join(dataDir, SOCKET_FILE);
  fs.writeFileSync(file, url, { mode: PRIVATE_FILE_MODE });
  return () => {
    if (readFile(file) === url) fs.rmSync(file, { force: true });
  };
}

/** The running embedded server's connection URL: the lock's holder is alive and named its socket; otherwise undefined. */
export function runningServerUrl(dataDir: string): string | undefined {
  const holder = readFile(path.join(dataDir, 'linli.lock'));
  const url = readFile(path.join(dataDir, SOCKET_FILE));
  if (!holder || !url || !isProcessAlive(holder)) return undefined;
  const socketDir = new URL(url).searchParams.get('host');
  return socketDir && fs.existsSync(path.join(socketDir, '.s.PGSQL.5432')) ? url : undefined;
}

function readFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
