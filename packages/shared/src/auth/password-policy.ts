import { PASSWORD_POLICY_MESSAGES } from '../glossary/zh-CN';
import { COMMON_PASSWORDS } from './common-passwords';

/** Fewest characters a password may have (the demo password `linli-demo` has exactly ten). */
export const PASSWORD_MIN_LENGTH = 10;

/**
 * Why a password is too weak, in Chinese, or null when it is acceptable: shorter than ten, in the
 * list of common passwords (any case), or equal to or containing the username (any case).
 */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return PASSWORD_POLICY_MESSAGES.tooShort;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return PASSWORD_POLICY_MESSAGES.common;
  const name = username?.trim().toLowerCase();
  if (name && lower.includes(name)) return PASSWORD_POLICY_MESSAGES.containsUsername;
  return null;
}
