import type { AppDeps } from '../../platform/app-deps';
import { isEmptyScope, type DataScope } from '../../platform/auth/data-scope';
import * as repo from './residents.repository';

/** How a free-text query is read: a name prefix, a full phone (exact, by blind index) or a 4-digit phone suffix. */
export function parsePersonQuery(deps: AppDeps, q: string) {
  const digits = /^\d+$/.test(q);
  return {
    namePrefix: q,
    phoneHash: /^1\d{10}$/.test(q) ? deps.cipher.blindIndex(q) : null,
    phoneSuffix: digits && q.length === 4 ? q : null,
  };
}

/** Residents in scope matching a name prefix or phone; masked. Empty when the scope sees no residents. */
export async function searchResidents(deps: AppDeps, scope: DataScope, q: string, limit: number) {
  if (isEmptyScope(scope)) return [];
  return repo.listResidents(deps.db, scope, { nameOrPhone: parsePersonQuery(deps, q), limit });
}
