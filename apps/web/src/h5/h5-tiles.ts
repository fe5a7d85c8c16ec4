import type { Role } from '@linli/shared';
import type { ComponentType } from 'react';
import {
  CalendarGlyph,
  CameraGlyph,
  ClipboardGlyph,
  ClockGlyph,
  CrownGlyph,
  FileSearchGlyph,
  FileTextGlyph,
  FlagGlyph,
  GiftGlyph,
  HeartGlyph,
  ShopGlyph,
  StarGlyph,
  TeamGlyph,
} from './h5-glyphs';

/** One entry on the H5 home: shown to users holding any of `roles`, grouped under `group`. */
export interface H5Tile {
  label: string;
  hint: string;
  icon: ComponentType;
  path: string;
  roles: readonly Role[];
  group: string;
  /** Shown also to a pending resident (no post yet, ADR 0008), who may report and follow its own cases. */
  pending?: true;
}

/** Every H5 home tile, in display order; add a feature's tile with one line here. */
export const H5_TILES: readonly H5Tile[] = [
  {
    label: '我要反映',
    hint: '拍照反映身边问题，网格员上门处理',
    icon: CameraGlyph,
    path: '/h5/report',
    roles: ['resident', 'partyMember'],
    group: '有事找网格',
    pending: true,
  },
  {
    label: '我的反映',
    hint: '查看办理进度，办好后给个评价',
    icon: FileSearchGlyph,
    path: '/h5/cases',
    roles: ['resident', 'partyMember'],
    group: '有事找网格',
    pending: true,
  },
  { label: '服务清单', hint: '社区提供的服务，看看有没有您需要的', icon: ShopGlyph, path: '/h5/services', roles: ['resident'], group: '社区服务' },
  { label: '我的订单', hint: '预约的服务进度，完成后确认评价', icon: FileTextGlyph, path: '/h5/orders', roles: ['resident'], group: '社区服务' },
  { label: '我的心愿', hint: '许下微心愿，党员帮您圆梦', icon: HeartGlyph, path: '/h5/my-wishes', roles: ['resident'], group: '社区服务' },
  { label: '微心愿', hint: '认领困难群众的心愿', icon: GiftGlyph, path: '/h5/wishes', roles: ['partyMember'], group: '党员服务' },
  { label: '我的认领', hint: '办理中的心愿，圆梦后上传照片', icon: ClipboardGlyph, path: '/h5/claims', roles: ['partyMember'], group: '党员服务' },
  { label: '服务接单', hint: '居民预约的服务，接单上门', icon: CalendarGlyph, path: '/h5/member-orders', roles: ['partyMember'], group: '党员服务' },
  { label: '我的积分', hint: '积分明细和余额', icon: StarGlyph, path: '/h5/points', roles: ['partyMember'], group: '党员服务' },
  { label: '积分兑换', hint: '用积分兑换社区奖品', icon: CrownGlyph, path: '/h5/rewards', roles: ['partyMember'], group: '党员服务' },
  { label: '志愿活动', hint: '报名社区志愿活动，到场扫码签到', icon: TeamGlyph, path: '/h5/volunteer-activities', roles: ['partyMember'], group: '志愿服务' },
  { label: '志愿岗', hint: '按专业认领志愿岗位，登记我的技能', icon: FlagGlyph, path: '/h5/volunteer-posts', roles: ['partyMember'], group: '志愿服务' },
  { label: '服务时长', hint: '我参加志愿服务的时长和记录', icon: ClockGlyph, path: '/h5/volunteer-hours', roles: ['partyMember'], group: '志愿服务' },
];

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
