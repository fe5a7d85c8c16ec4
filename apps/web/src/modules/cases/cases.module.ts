import type { WebModule } from '../../app/web-module';
import { CameraGlyph, FileSearchGlyph } from '../../h5/h5-glyphs';

const H5_ROLES = ['resident', 'partyMember'] as const;

/** Cases on the phone: 我要反映, 我的反映 and one case; notices about a case open it. */
export const webModule: WebModule = {
  h5Routes: [
    { path: 'report', page: () => import('./h5/ReportCasePage').then((m) => m.ReportCasePage) },
    { path: 'cases', page: () => import('./h5/MyCasesPage').then((m) => m.MyCasesPage) },
    { path: 'cases/:id', page: () => import('./h5/ResidentCasePage').then((m) => m.ResidentCasePage) },
  ],
  h5Tiles: [
    { label: '我要反映', hint: '拍照反映身边问题，网格员上门处理', icon: CameraGlyph, path: '/h5/report', roles: H5_ROLES, group: '有事找网格', pending: true },
    { label: '我的反映', hint: '查看办理进度，办好后给个评价', icon: FileSearchGlyph, path: '/h5/cases', roles: H5_ROLES, group: '有事找网格', pending: true },
  ],
  noticeLinks: {
    cases: { console: (id) => `/cases/${id}`, partner: null, h5: (id) => `/h5/cases/${id}` },
  },
};
