import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * The deployment secret: `LINLI_SECRET` when set, otherwise a random one generated into
 * `<dataDir>/secret.key` on first start (mode 0600). It is never logged.
 */
export function loadSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, 'secret.key');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('hex');
  fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  return secret;
}

/** The deployment secret if there is one (`LINLI_SECRET`, else `<dataDir>/secret.key`), without generating one. */
export function findSecret(configured: string | undefined, dataDir: string): string | undefined {
  if (configured) return configured;
  const file = path.join(dataDir, 'secret.key');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : undefined;
}
