import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, MENU_GROUP_ICONS } from '../layout/nav-items';
import { CONSOLE_MODULES } from './console-modules';
import { inListOrder, WEB_MODULE_NAMES, WEB_MODULES } from './web-modules';

// Keys only: the loaders are never called.
const moduleFiles = Object.keys(import.meta.glob('../modules/*/**/*.{ts,tsx}'));
const moduleFolders = [...new Set(moduleFiles.map((f) => f.split('/')[2]))];
const lightManifests = import.meta.glob<string>('../modules/*/*.module.ts', { eager: true, query: '?raw', import: 'default' });

describe('the web module list', () => {
  it('names every folder under modules/, and nothing else', () => {
    expect([...WEB_MODULE_NAMES].sort()).toEqual(moduleFolders.sort());
  });

  it('refuses a manifest of a module missing from the list, or one named after another module', () => {
    expect(() => inListOrder({ '../modules/polls/polls.module.ts': {} }, '.module.ts')).toThrow(/app\/web-modules\.ts/);
    expect(() => inListOrder({ '../modules/cases/claims.module.ts': {} }, '.module.ts')).toThrow(/modules\/<name>\/<name>\.module\.ts/);
    expect(inListOrder({ '../modules/claims/claims.module.ts': 'b', '../modules/cases/cases.module.ts': 'a' }, '.module.ts')).toEqual(['a', 'b']);
  });

  it('keeps the light manifests free of antd, shared values and console code (the phone entry loads them first)', () => {
    expect(Object.keys(lightManifests).length).toBe(WEB_MODULES.length);
    for (const [file, source] of Object.entries(lightManifests)) {
      // Types vanish at build time; values would be bundled into the phone entry.
      const imports = [...source.matchAll(/^import (?!type )[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      expect(
        imports.filter((i) => /antd|@ant-design|@linli\/shared|zod|\.console|echarts|Page$/.test(i)),
        file,
      ).toEqual([]);
    }
  });
});

describe('console manifests', () => {
  const routes = CONSOLE_MODULES.flatMap((m) => m.routes);

  it('guard every page by a menu entry some module declares', () => {
    const paths = new Set(NAV_ITEMS.map((i) => i.path));
    for (const r of routes) expect(paths.has(r.nav), r.path).toBe(true);
  });

  it('give every page its own address, every menu entry its own place, and no icon to a group nobody uses', () => {
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
    expect(new Set(NAV_ITEMS.map((i) => i.order)).size).toBe(NAV_ITEMS.length);
    const groups = new Set(NAV_ITEMS.map((i) => i.group));
    for (const group of Object.keys(MENU_GROUP_ICONS)) expect(groups.has(group), group).toBe(true);
  });

  it('give every menu entry an icon and a one-line hint for its 工作台 shortcut card', () => {
    for (const item of NAV_ITEMS) {
      expect(item.icon, item.label).toBeTruthy();
      expect(item.hint?.trim(), item.label).toBeTruthy();
      expect(item.hint, item.label).not.toMatch(/\n/);
    }
  });
});

describe('light manifests', () => {
  it('give every H5 tile a phone page and every phone page its own address', () => {
    const h5Paths = WEB_MODULES.flatMap((m) => m.h5Routes ?? []).map((r) => r.path);
    expect(new Set(h5Paths).size).toBe(h5Paths.length);
    for (const tile of WEB_MODULES.flatMap((m) => m.h5Tiles ?? [])) expect(h5Paths, tile.label).toContain(tile.path.replace(/^\/h5\//, ''));
  });

  it('declare each notice kind once', () => {
    const kinds = WEB_MODULES.flatMap((m) => Object.keys(m.noticeLinks ?? {}));
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
