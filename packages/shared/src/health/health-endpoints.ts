import { openTo } from '../access/access-of';
import { defineEndpoint } from '../http/define-endpoint';
import { healthResponse, readinessResponse } from './health-contracts';

/** The probes: liveness (the process answers) and readiness (the database and LISTEN answer; registered by the platform). */
export const healthEndpoints = {
  health: defineEndpoint({
    method: 'GET',
    path: '/api/health',
    tag: 'health',
    access: openTo('liveness probe, answers nothing about data'),
    response: healthResponse,
  }),
  /** 200 ready, or 503 with the reason: a balancer stops routing to this instance (docs/operations.md). */
  ready: defineEndpoint({
    method: 'GET',
    path: '/api/ready',
    tag: 'health',
    access: openTo('readiness probe: whether the database and LISTEN answer, nothing about data'),
    response: readinessResponse,
  }),
};
