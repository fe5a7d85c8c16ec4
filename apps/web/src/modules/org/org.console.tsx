import { ApartmentOutlined, FlagOutlined } from '@ant-design/icons';
import { CONSOLE_ROLES } from '@linli/shared';
import type { ConsoleModule } from '../../app/web-module';

/** The area tree browser and the party organisations (party/). */
export const consoleModule: ConsoleModule = {
  routes: [
    { path: 'org', nav: '/org', page: () => import('./OrgPage').then((m) => m.OrgPage) },
    { path: 'org/:nodeId', nav: '/org', page: () => import('./OrgPage').then((m) => m.OrgPage) },
    { path: 'org/:nodeId/notice-board', nav: '/org', page: () => import('./notice-board/NoticeBoardPage').then((m) => m.NoticeBoardPage) },
    { path: 'party', nav: '/party', page: () => import('./party/PartyOrgsPage').then((m) => m.PartyOrgsPage) },
  ],
  menu: [
    { order: 80, path: '/org', label: '区域与网格', roles: CONSOLE_ROLES, icon: <ApartmentOutlined />, hint: '逐级查看街道、社区、网格、楼栋和房屋' },
    { order: 120, path: '/party', label: '党组织', roles: CONSOLE_ROLES, icon: <FlagOutlined />, hint: '查看各级党组织和党员人数' },
  ],
};
