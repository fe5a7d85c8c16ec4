import { hash, verify } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum (unusable with isolatedModules); 2 is Argon2id.
const ARGON2ID = 2;

/** Hashes a password with argon2id (DESIGN rule 5). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

/** True when `password` matches the argon2 `stored` hash. */
export function verifyPassword(stored: string, password: string): Promise<boolean> {
  return verify(stored, password);
}
