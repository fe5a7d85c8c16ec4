import type { WebModule } from '../../app/web-module';
import { CalendarGlyph, ClipboardGlyph, CrownGlyph, FileTextGlyph, GiftGlyph, HeartGlyph, ShopGlyph, StarGlyph } from '../../h5/h5-glyphs';

/** Claims on the phone: residents' services, orders and wishes; party members' wishes, claims, orders, points and rewards. */
export const webModule: WebModule = {
  h5Routes: [
    { path: 'wishes', page: () => import('./h5/WishListPage').then((m) => m.WishListPage) },
    { path: 'wishes/:id', page: () => import('./h5/WishDetailPage').then((m) => m.WishDetailPage) },
    { path: 'claims', page: () => import('./h5/MyClaimsPage').then((m) => m.MyClaimsPage) },
    { path: 'points', page: () => import('./h5/MyPointsPage').then((m) => m.MyPointsPage) },
    { path: 'rewards', page: () => import('./h5/RewardsPage').then((m) => m.RewardsPage) },
    { path: 'services', page: () => import('./h5/ServiceMenuPage').then((m) => m.ServiceMenuPage) },
    { path: 'my-wishes', page: () => import('./h5/MyWishesPage').then((m) => m.MyWishesPage) },
    { path: 'my-wishes/new', page: () => import('./h5/RaiseWishPage').then((m) => m.RaiseWishPage) },
    { path: 'orders', page: () => import('./h5/MyOrdersPage').then((m) => m.MyOrdersPage) },
    { path: 'orders/:id', page: () => import('./h5/OrderDetailPage').then((m) => m.OrderDetailPage) },
    { path: 'member-orders', page: () => import('./h5/MemberOrdersPage').then((m) => m.MemberOrdersPage) },
  ],
  h5Tiles: [
    { label: '服务清单', hint: '社区提供的服务，看看有没有您需要的', icon: ShopGlyph, path: '/h5/services', roles: ['resident'], group: '社区服务' },
    { label: '我的订单', hint: '预约的服务进度，完成后确认评价', icon: FileTextGlyph, path: '/h5/orders', roles: ['resident'], group: '社区服务' },
    { label: '我的心愿', hint: '许下微心愿，党员帮您圆梦', icon: HeartGlyph, path: '/h5/my-wishes', roles: ['resident'], group: '社区服务' },
    { label: '微心愿', hint: '认领困难群众的心愿', icon: GiftGlyph, path: '/h5/wishes', roles: ['partyMember'], group: '党员服务' },
    { label: '我的认领', hint: '办理中的心愿，圆梦后上传照片', icon: ClipboardGlyph, path: '/h5/claims', roles: ['partyMember'], group: '党员服务' },
    { label: '服务接单', hint: '居民预约的服务，接单上门', icon: CalendarGlyph, path: '/h5/member-orders', roles: ['partyMember'], group: '党员服务' },
    { label: '我的积分', hint: '积分明细和余额', icon: StarGlyph, path: '/h5/points', roles: ['partyMember'], group: '党员服务' },
    { label: '积分兑换', hint: '用积分兑换社区奖品', icon: CrownGlyph, path: '/h5/rewards', roles: ['partyMember'], group: '党员服务' },
  ],
  noticeLinks: {
    wishes: { console: (id) => `/claims/wishes/${id}`, partner: null, h5: (id) => `/h5/wishes/${id}` },
    needs: { console: (id) => `/claims/needs/${id}`, partner: (id) => `/partner/needs/${id}`, h5: null },
    orders: { console: (id) => `/claims/orders/${id}`, partner: null, h5: (id) => `/h5/orders/${id}` },
    'member-registrations': { console: () => '/claims/registrations', partner: null, h5: () => '/h5' },
  },
};
