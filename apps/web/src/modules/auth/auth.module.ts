import type { WebModule } from '../../app/web-module';

/** A pending resident's 申请绑定住址 on the phone (the card on the H5 home links to it). */
export const webModule: WebModule = {
  h5Routes: [{ path: 'residence-claim', page: () => import('./h5/ResidenceClaimPage').then((m) => m.ResidenceClaimPage) }],
};
