import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** Signs and checks links to stored files that work without a session (e.g. Open311 media_url). */
export interface FileLinkSigner {
  /** The query string (`exp=…&sig=…`) that opens `key` until `expiresAt`. */
  sign(key: string, expiresAt: Date): string;
  /** Whether `sig` opens `key` at `now` (not expired, not forged). */
  verify(key: string, exp: string | undefined, sig: string | undefined, now: Date): boolean;
}

/** A signer keyed from the deployment secret (its own HKDF purpose, so it shares nothing with PII keys). */
export function createFileLinkSigner(secret: string): FileLinkSigner {
  const key = Buffer.from(hkdfSync('sha256', secret, 'linli', 'file-links', 32));
  const mac = (fileKey: string, exp: string) => createHmac('sha256', key).update(`${fileKey}\n${exp}`).digest('base64url');
  return {
    sign(fileKey, expiresAt) {
      const exp = String(Math.floor(expiresAt.getTime() / 1000));
      return `exp=${exp}&sig=${mac(fileKey, exp)}`;
    },
    verify(fileKey, exp, sig, now) {
      if (!exp || !sig || !/^\d{1,12}$/.test(exp) || Number(exp) * 1000 < now.getTime()) return false;
      const expected = Buffer.from(mac(fileKey, exp));
      const given = Buffer.from(sig);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
