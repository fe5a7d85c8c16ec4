import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ADMIN_ROLES,
  CLAIM_SETTING_KEYS,
  claimSettingView,
  idParams,
  meetingListQuery,
  meetingNeedItem,
  pageOf,
  referNeedRequest,
  updateClaimSettingRequest,
  type Role,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireActor, requireRole } from '../auth';
import { listClaimSettings, setClaimSetting } from './claim-settings.service';
import { listMeetingNeeds, referNeed } from './meeting.service';

/** Admins who set the claims periods. */
const SETTING_ADMIN_ROLES: readonly Role[] = [...ADMIN_ROLES, 'districtOfficer'];

/** The street joint-meeting 联席会 list and referral, and the periods (claim expiry, meeting threshold) behind them. */
export function registerMeetingRoutes(app: FastifyInstance, deps: AppDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['claims'];
  r.get('/api/joint-meeting/needs', { schema: { tags, querystring: meetingListQuery, response: { 200: pageOf(meetingNeedItem) } } }, async (req) =>
    listMeetingNeeds(deps, await requireActor(deps, req), req.query),
  );
  r.post(
    '/api/joint-meeting/needs/:id/refer',
    { schema: { tags, params: idParams, body: referNeedRequest, response: { 200: meetingNeedItem } } },
    async (req) => referNeed(deps, await requireActor(deps, req), req.params.id, req.body),
  );
  r.get('/api/claim-settings', { schema: { tags, response: { 200: z.object({ items: z.array(claimSettingView) }) } } }, async (req) => {
    await requireActor(deps, req);
    return { items: await listClaimSettings(deps.db) };
  });
  r.put(
    '/api/claim-settings/:key',
    { schema: { tags, params: z.object({ key: z.enum(CLAIM_SETTING_KEYS) }), body: updateClaimSettingRequest, response: { 200: claimSettingView } } },
    async (req) => {
      const actor = await requireActor(deps, req);
      requireRole(actor, SETTING_ADMIN_ROLES);
      return setClaimSetting(deps, actor, req.params.key, req.body.days);
    },
  );
}
