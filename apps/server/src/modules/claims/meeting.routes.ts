import type { FastifyInstance } from 'fastify';
import { ADMIN_ROLES, claimsEndpoints as ep, type Role } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { serve } from '../../platform/http/serve-endpoint';
import { requireActor } from '../../platform/auth/request-actor';
import { requireRole } from '../../platform/auth/actor';
import { listClaimSettings, setClaimSetting } from './claim-settings.service';
import { listMeetingNeeds, referNeed } from './meeting.service';

/** Admins who set the claims periods. */
const SETTING_ADMIN_ROLES: readonly Role[] = [...ADMIN_ROLES, 'districtOfficer'];

/** The street joint-meeting 联席会 list and referral, and the periods (claim expiry, meeting threshold) behind them. */
export function registerMeetingRoutes(app: FastifyInstance, deps: AppDeps): void {
  serve(app, ep.meetingNeeds, async (req) => listMeetingNeeds(deps, await requireActor(deps, req), req.query));
  serve(app, ep.referNeed, async (req) => referNeed(deps, await requireActor(deps, req), req.params.id, req.body));
  serve(app, ep.claimSettings, async (req) => {
    await requireActor(deps, req);
    return { items: await listClaimSettings(deps.db) };
  });
  serve(app, ep.setClaimSetting, async (req) => {
    const actor = await requireActor(deps, req);
    requireRole(actor, SETTING_ADMIN_ROLES);
    return setClaimSetting(deps, actor, req.params.key, req.body.days);
  });
}
