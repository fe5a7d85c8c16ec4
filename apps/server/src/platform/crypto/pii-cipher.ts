import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts personal information at rest (DESIGN rule 5): AES-256-GCM per value, plus a keyed
 * HMAC "blind index" so exact lookups (by phone or ID number) work without decrypting.
 */
export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Keyed hash of a normalised value; equal inputs give equal hashes, nothing else leaks. */
  blindIndex(value: string): string;
}

/** Builds the cipher from the deployment secret; both keys are derived, the secret itself is never used directly. */
export function createPiiCipher(secret: string): PiiCipher {
  const encKey = Buffer.from(hkdfSync('sha256', secret, 'linli', 'pii-encryption', 32));
  const macKey = Buffer.from(hkdfSync('sha256', secret, 'linli', 'pii-blind-index', 32));
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${body.toString('base64url')}`;
    },
    decrypt(stored) {
      const [version, iv, tag, body] = stored.split('.');
      if (version !== 'v1') throw new Error('unknown PII cipher version');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
    blindIndex(value) {
      return createHmac('sha256', macKey).update(value.trim().toUpperCase()).digest('base64url');
    },
  };
}
