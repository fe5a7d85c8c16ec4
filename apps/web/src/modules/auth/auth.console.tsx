import { HomeOutlined } from '@ant-design/icons';
import { RESIDENCE_CLAIM_STAFF_ROLES } from '@linli/shared';
import type { ConsoleModule } from '../../app/web-module';

/** 住址认证: staff bind pending residents to a house. (The login page sits outside the console frame: app/routes.tsx.) */
export const consoleModule: ConsoleModule = {
  routes: [
    { path: 'residence-claims', nav: '/residence-claims', page: () => import('./residence-claims/ResidenceClaimsPage').then((m) => m.ResidenceClaimsPage) },
  ],
  menu: [
    {
      order: 100,
      path: '/residence-claims',
      label: '住址认证',
      roles: RESIDENCE_CLAIM_STAFF_ROLES,
      icon: <HomeOutlined />,
      hint: '核实新居民申报的住址，绑定到所住房屋',
    },
  ],
};
