import type { WebModule } from '../../app/web-module';
import { ClipboardGlyph, FileTextGlyph } from '../../h5/h5-glyphs';

/** People's mediation on the phone: a party follows their dispute; a mediator sees the disputes in hand. */
export const webModule: WebModule = {
  h5Routes: [
    { path: 'my-disputes', page: () => import('./h5/H5MyDisputesPage').then((m) => m.H5MyDisputesPage) },
    { path: 'my-disputes/apply', page: () => import('./h5/H5ApplyDisputePage').then((m) => m.H5ApplyDisputePage) },
    { path: 'disputes/:id', page: () => import('./h5/H5DisputeWorkPage').then((m) => m.H5DisputeWorkPage) },
    { path: 'mediator-disputes', page: () => import('./h5/H5MediatorDisputesPage').then((m) => m.H5MediatorDisputesPage) },
  ],
  h5Tiles: [
    { label: '我的调解', hint: '我申请或参与的纠纷调解进度', icon: FileTextGlyph, path: '/h5/my-disputes', roles: ['resident'], group: '社区服务' },
    { label: '调解工作', hint: '我在办的矛盾纠纷和调解期限', icon: ClipboardGlyph, path: '/h5/mediator-disputes', roles: ['mediator'], group: '人民调解' },
  ],
  // On the phone a dispute's notice opens its page: the work page for its committee, a party is sent on to 我的调解.
  noticeLinks: { disputes: { console: (id) => `/mediation/disputes/${id}`, partner: null, h5: (id) => `/h5/disputes/${id}` } },
};
