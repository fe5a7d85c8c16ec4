import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/database';
import { residents } from './residents.tables';

/** The masked phones of these residents (only those that have one), by resident id; never the full number. */
export async function maskedPhonesOf(db: DbOrTx, residentIds: readonly string[]): Promise<Map<string, string>> {
  if (!residentIds.length) return new Map();
  const rows = await db
    .select({ id: residents.id, phoneMasked: residents.phoneMasked })
    .from(residents)
    .where(inArray(residents.id, [...new Set(residentIds)]));
  return new Map(rows.filter((r) => r.phoneMasked).map((r) => [r.id, r.phoneMasked!]));
}
