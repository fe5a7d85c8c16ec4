import type { Role } from '@linli/shared';
import type { ComponentType, ReactNode } from 'react';

/** Loads a page component; the shells wrap it in `React.lazy` so every page stays a chunk of its own. */
export type PageLoader = () => Promise<ComponentType>;

/** Which pages a notification opens in: the staff console, a partner-unit liaison's console pages, or the phone pages. */
export type LinkArea = 'console' | 'partner' | 'h5';

/**
 * Where the items of one kind open in each area: the server links a notice to `/<kind>/<id>`, not to a page.
 * `null` means no page there shows the item.
 */
export type NoticeLinkRule = Record<LinkArea, ((id: string) => string) | null>;

/** One phone page under /h5 (`path` is relative to /h5). The page brings antd with it when it opens (h5/h5-lazy.tsx). */
export interface H5Route {
  path: string;
  page: PageLoader;
}

/** One entry on the H5 home: shown to users holding any of `roles`, grouped under `group`. */
export interface H5Tile {
  label: string;
  hint: string;
  /** A plain SVG glyph (h5/h5-glyphs.tsx): the H5 home loads no icon library. */
  icon: ComponentType;
  path: string;
  roles: readonly Role[];
  group: string;
  /** Shown also to a pending resident (no post yet, ADR 0008), who may report and follow its own cases. */
  pending?: true;
}

/**
 * What a web module gives both HTML entries (console index.html and the light phone entry h5.html): phone pages, H5 home
 * tiles and where its notices open. It must stay light — no antd, no console pages — as the phone entry loads it first.
 * Lives in `modules/<name>/<name>.module.ts` as `export const webModule`.
 */
export interface WebModule {
  h5Routes?: readonly H5Route[];
  h5Tiles?: readonly H5Tile[];
  /** Notice link rules by item kind, the first segment of the server's link (`cases` for `/cases/:id`). */
  noticeLinks?: Readonly<Record<string, NoticeLinkRule>>;
}

/** One console menu entry: where it lives, its label, who may open it (`null` = everyone signed in) and its menu group. */
export interface NavItem {
  path: string;
  label: string;
  roles: readonly Role[] | null;
  /** Items with the same group sit together under one submenu. */
  group?: string;
  /** Position in the menu, across modules (the menu is sorted by it; pick a free number between the neighbours). */
  order: number;
  /** Shown in the menu and on the page's shortcut card on 工作台. */
  icon: ReactNode;
  /** The one line under the page's card on 工作台: what the page is for, in the user's words. */
  hint: string;
}

/** One console page (`path` without the leading slash); `nav` names the menu entry whose roles guard it and which it highlights. */
export interface ConsoleRoute {
  path: string;
  page: PageLoader;
  nav: string;
}

/**
 * What a web module adds to the console: its pages, its menu entries (with antd icons) and the icons of the menu groups
 * it opens. Lives in `modules/<name>/<name>.console.tsx` as `export const consoleModule`; only the console entry loads it.
 */
export interface ConsoleModule {
  routes: readonly ConsoleRoute[];
  menu: readonly NavItem[];
  menuGroups?: Readonly<Record<string, ReactNode>>;
}
