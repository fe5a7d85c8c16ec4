import type { Role } from '@linli/shared';
import type { H5Tile } from '../app/web-module';
import { WEB_MODULES } from '../app/web-modules';

export type { H5Tile } from '../app/web-module';

/** Every H5 home tile, in display order: the modules' tiles in the order of app/web-modules.ts. */
export const H5_TILES: readonly H5Tile[] = WEB_MODULES.flatMap((m) => m.h5Tiles ?? []);

/** The tiles a user with `roles` (or a pending resident) sees, grouped in display order. */
export function tilesFor(roles: readonly Role[], pending = false): { group: string; tiles: H5Tile[] }[] {
  const groups: { group: string; tiles: H5Tile[] }[] = [];
  for (const tile of H5_TILES) {
    if (!tile.roles.some((r) => roles.includes(r)) && !(pending && tile.pending)) continue;
    const found = groups.find((g) => g.group === tile.group);
    if (found) found.tiles.push(tile);
    else groups.push({ group: tile.group, tiles: [tile] });
  }
  return groups;
}
