import { reportPathOf, type NoticeBoardCard } from '@linli/shared';
import type { DbOrTx } from '../../platform/db/database';
import { capabilityScope, type Actor } from '../../platform/auth/actor';
import { pathInScope } from '../../platform/auth/data-scope';
import { notFound } from '../../platform/errors';
import { listPostHolders } from '../auth';
import { queryNode, queryNodes } from '../org';
import { maskedPhonesOf } from '../residents';
import { findBuildingPlace, gridPathOf } from './places.service';

/** The cards of some buildings (all in the caller's staff-directory scope), in the order given. */
async function cardsOf(db: DbOrTx, buildings: readonly { id: string; path: string }[]): Promise<NoticeBoardCard[]> {
  const gridPaths = [...new Set(buildings.map((b) => gridPathOf(b.path)))];
  const holders = await listPostHolders(db, { roles: ['buildingLead', 'gridWorker'], nodePaths: [...buildings.map((b) => b.path), ...gridPaths] });
  // The account's own masked phone first; an account without one shows its resident's register phone, masked.
  const phones = await maskedPhonesOf(
    db,
    holders.flatMap((h) => (h.residentId && !h.phoneMasked ? [h.residentId] : [])),
  );
  const person = (h: (typeof holders)[number]) => ({ name: h.name, phoneMasked: h.phoneMasked ?? ((h.residentId && phones.get(h.residentId)) || null) });
  const cards: NoticeBoardCard[] = [];
  for (const b of buildings) {
    const place = await findBuildingPlace(db, b.id);
    if (!place) continue;
    cards.push({
      ...place,
      leads: holders.filter((h) => h.role === 'buildingLead' && h.nodePath === b.path).map(person),
      gridWorkers: holders.filter((h) => h.role === 'gridWorker' && h.nodePath === gridPathOf(b.path)).map(person),
      reportPath: reportPathOf(b.id),
    });
  }
  return cards;
}

/** One building's notice board card; a building outside the caller's staff-directory scope is a 404. */
export async function noticeBoard(db: DbOrTx, actor: Actor, buildingId: string): Promise<NoticeBoardCard> {
  const scope = capabilityScope(actor, 'staffDirectory', 'read');
  const building = await queryNode(db, { id: buildingId, kinds: ['building'], scope });
  if (!building) notFound('楼栋');
  const [card] = await cardsOf(db, [building]);
  if (!card) notFound('楼栋');
  return card;
}

/** The cards of every building of a grid (micro-grids' included), in tree order. */
export async function gridNoticeBoards(db: DbOrTx, actor: Actor, gridId: string): Promise<NoticeBoardCard[]> {
  const scope = capabilityScope(actor, 'staffDirectory', 'read');
  const grid = await queryNode(db, { id: gridId, kinds: ['grid'] });
  if (!grid || !pathInScope(grid.path, scope)) notFound('网格');
  const buildings = await queryNodes(db, { under: grid.path, kinds: ['building'] }, 'path');
  return cardsOf(db, buildings);
}
