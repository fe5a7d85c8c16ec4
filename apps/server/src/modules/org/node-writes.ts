import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db/database';
import { newId } from '../../platform/ids';
import { childPath } from './org-paths';
import { complexes, orgNodes } from './org.tables';

// Places a ledger import adds under a grid (buildings, units, houses, complexes): the residents
// module asks for them here, org writes its own rows.

/** A node as an import walks down the tree. */
export interface PlaceRef {
  id: string;
  code: string;
  path: string;
  name: string;
  depth: number;
}

/**
 * The child of `parent` with this kind and name (and complex, for buildings), created with the next
 * free code of `codeWidth` digits when missing; null when the parent's codes are used up.
 */
export async function ensureChildNode(
  tx: Tx,
  parent: PlaceRef,
  kind: 'building' | 'unit' | 'house',
  name: string,
  codeWidth: number,
  complexId: string | null,
): Promise<PlaceRef | null> {
  const sameComplex = kind === 'building' ? (complexId ? eq(orgNodes.complexId, complexId) : isNull(orgNodes.complexId)) : undefined;
  const [found] = await tx
    .select({ id: orgNodes.id, code: orgNodes.code, path: orgNodes.path, name: orgNodes.name, depth: orgNodes.depth })
    .from(orgNodes)
    .where(and(eq(orgNodes.parentId, parent.id), eq(orgNodes.kind, kind), eq(orgNodes.name, name), sameComplex));
  if (found) return found;
  const [last] = await tx.select({ code: orgNodes.code }).from(orgNodes).where(eq(orgNodes.parentId, parent.id)).orderBy(desc(orgNodes.code)).limit(1);
  const seq = last ? Number(last.code.slice(parent.code.length)) + 1 : 1;
  if (!Number.isFinite(seq) || String(seq).length > codeWidth) return null;
  const code = `${parent.code}${String(seq).padStart(codeWidth, '0')}`;
  const node = { id: newId(), code, path: childPath(parent.path, code), name, depth: parent.depth + 1 };
  await tx.insert(orgNodes).values({ ...node, parentId: parent.id, kind, sort: seq, complexId: kind === 'building' ? complexId : null });
  return node;
}

/** The id of the community's complex with this name, created when missing. */
export async function ensureComplex(tx: Tx, community: PlaceRef, name: string): Promise<string> {
  const [found] = await tx
    .select({ id: complexes.id })
    .from(complexes)
    .where(and(eq(complexes.communityId, community.id), eq(complexes.name, name)));
  if (found) return found.id;
  const id = newId();
  await tx.insert(complexes).values({ id, communityId: community.id, path: community.path, name, address: `${community.name}${name}` });
  return id;
}
