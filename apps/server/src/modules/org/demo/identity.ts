import { idNumberCheckChar, type Gender } from '@linli/shared';
import type { Random } from './random';

const MOBILE_PREFIXES = ['138', '139', '150', '158', '186', '187', '135', '136'] as const;
// Any multiplier coprime to 10^8 makes counter → 8 digits a bijection, so phones never repeat
// yet do not look sequential.
const PHONE_MULTIPLIER = 73_856_093;
const PHONE_SPACE = 100_000_000;

/**
 * Issues resident ID numbers and mobile numbers that are valid and unique within one generated
 * world (the residents table has a unique index on the ID number's blind index).
 */
export interface IdentityIssuer {
  /**
   * A GB 11643 ID number: region + birth date + 3-digit sequence (odd last digit for men) + check
   * character. Returns the birth date actually used: it moves a day on in the (never seen in
   * practice) case that a day's 500 sequence numbers are used up.
   */
  idNumber(region: string, birthDate: string, gender: Gender): { idNumber: string; birthDate: string };
  /** An 11-digit mainland mobile number, never issued twice by this issuer. */
  phone(): string;
}

/** Creates an issuer; sequence starting points come from `rng`, so the output is deterministic per seed. */
export function createIdentityIssuer(rng: Random): IdentityIssuer {
  const nextSequence = new Map<string, number>();
  let phones = 0;
  const phoneOffset = rng.int(0, PHONE_SPACE - 1);
  return {
    idNumber(region, birthDate, gender) {
      let date = birthDate;
      for (;;) {
        const key = `${region}${date}${gender}`;
        const k = nextSequence.get(key) ?? rng.int(0, 40);
        if (k < 500) {
          nextSequence.set(key, k + 1 + (rng.chance(0.2) ? 1 : 0));
          const sequence = String(k * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
          const first17 = region + date.replaceAll('-', '') + sequence;
          return { idNumber: first17 + idNumberCheckChar(first17), birthDate: date };
        }
        date = nextDay(date);
      }
    },
    phone() {
      const n = phones++;
      const body = (n * PHONE_MULTIPLIER + phoneOffset) % PHONE_SPACE;
      return MOBILE_PREFIXES[n % MOBILE_PREFIXES.length] + String(body).padStart(8, '0');
    },
  };
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
