import { openTo } from '../access/access-of';
import { defineEndpoint } from '../http/define-endpoint';
import { healthResponse } from './health-contracts';

/** The health module's one endpoint: the liveness probe. */
export const healthEndpoints = {
  health: defineEndpoint({
    method: 'GET',
    path: '/api/health',
    tag: 'health',
    access: openTo('liveness probe, answers nothing about data'),
    response: healthResponse,
  }),
};
