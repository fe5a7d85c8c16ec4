import { randomBytes } from 'node:crypto';

/**
 * A new UUIDv7: time-ordered (good for index locality) and not guessable (DESIGN: ids). `at`
 * sets the time part, for rows that record something that happened earlier (imports, demo history).
 */
export function newId(at: Date = new Date()): string {
  const ms = BigInt(at.getTime());
  const bytes = randomBytes(16);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
