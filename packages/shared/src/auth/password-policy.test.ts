import { describe, expect, it } from 'vitest';
import { changePasswordRequest } from './contracts';
import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts the demo and test passwords', () => {
    expect(passwordProblem('linli-demo', 'community-qq')).toBeNull();
    expect(passwordProblem('test-password', 'admin')).toBeNull();
  });

  it('refuses a password shorter than ten characters', () => {
    expect(passwordProblem('abc-12345')).toMatch(/10/);
  });

  it('refuses common passwords whatever their case', () => {
    for (const p of ['password123', '1234567890', 'qwertyuiop', 'a123456789', 'woaini1314', 'PassWord123']) expect(passwordProblem(p), p).not.toBeNull();
  });

  it('refuses a password equal to or containing the username, ignoring case', () => {
    expect(passwordProblem('Grid-Worker-7', 'grid-worker-7')).not.toBeNull();
    expect(passwordProblem('my-GRID-qq1-pass', 'grid-qq1')).not.toBeNull();
    expect(passwordProblem('my-grid-pass-1', 'grid-qq1')).toBeNull();
  });

  it('makes the change-password contract refuse a common password with the policy message', () => {
    const result = changePasswordRequest.safeParse({ newPassword: 'password123' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['newPassword']);
  });
});
