import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './database';

/**
 * Runs independent reads at once on the pool (each on its own connection), but one after another
 * inside a transaction: a transaction is one connection, and node-postgres deprecates queueing a
 * query behind a running one (pg@9 refuses it). Services called both ways (e.g. the case detail,
 * also read inside a joint-meeting referral) use this instead of `Promise.all`.
 */
export async function readAll<T extends readonly unknown[]>(db: DbOrTx, reads: { [K in keyof T]: () => Promise<T[K]> }): Promise<T> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
