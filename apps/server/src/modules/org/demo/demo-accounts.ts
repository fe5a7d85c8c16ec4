import type { Role } from '@linli/shared';
import { hashPassword } from '../../../platform/crypto/passwords';

/** The named demo logins, each with its own argon2 hash of the demo password. */
export const DEMO_USERNAMES = ['admin', 'district', 'street-lc', 'community-qq', 'community-lt', 'grid-qq1', 'dept-cg', 'resident1', 'member1'] as const;

/** A named demo login. */
export type DemoUsername = (typeof DEMO_USERNAMES)[number];

/** One account with one post to create. */
export interface AccountSpec {
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  node: { id: string; path: string };
  title: string;
  residentId?: string;
  phoneHash?: string;
  /** The masked phone the notice boards show (`138****1234`). */
  phoneMasked?: string;
}

/** Password hashes for the demo: one per named account, and one shared by all generated staff. */
export interface DemoPasswordHashes {
  named: ReadonlyMap<DemoUsername, string>;
  staff: string;
}

/**
 * Hashes the demo password once per named account and once for all generated staff: argon2 costs
 * tens of milliseconds by design, so hundreds of staff accounts share one hash. Done before the
 * generation transaction so no transaction waits on it.
 */
export async function hashDemoPasswords(password: string): Promise<DemoPasswordHashes> {
  const hashes = await Promise.all([...DEMO_USERNAMES, 'staff'].map((name) => hashPassword(password).then((h) => [name, h] as const)));
  const staff = hashes.pop()![1];
  return { named: new Map(hashes as [DemoUsername, string][]), staff };
}
