import type { FastifyInstance } from 'fastify';
import { mediationEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireActor } from '../../platform/auth/request-actor';
import { sendImmediateExport } from '../../platform/exports/immediate-export';
import { serve } from '../../platform/http/serve-endpoint';
import { applyForMediation } from './applications.service';
import * as committees from './committees.service';
import { actOnDispute } from './dispute-actions.service';
import { disputeExportSource } from './dispute-export';
import * as disputes from './disputes.service';
import { printDocument } from './documents.service';
import { areaFiguresOf, figuresOf } from './figures.service';
import { mediationScope } from './mediation-access';
import { nowOf } from './mediation-clock';
import { removeParty, updateParty } from './parties.service';

/** Committees and mediators, disputes and their workflow, documents and figures (DOMAIN §6). */
export function registerMediationRoutes(app: FastifyInstance, deps: AppDeps): void {
  // ---- committees 人民调解委员会, mediators, screening rounds
  serve(app, ep.createCommittee, async (req) => committees.createCommittee(deps, await requireActor(deps, req), req.body));
  serve(app, ep.committees, async (req) => ({ items: await committees.listCommittees(deps, await requireActor(deps, req), req.query) }));
  serve(app, ep.committee, async (req) => committees.committeeDetailOf(deps.db, mediationScope(await requireActor(deps, req)), req.params.id, nowOf(deps)));
  serve(app, ep.addMediator, async (req) => committees.addMediator(deps, await requireActor(deps, req), req.params.id, req.body));
  serve(app, ep.addScreening, async (req) => committees.addScreening(deps, await requireActor(deps, req), req.params.id, req.body));

  // ---- disputes
  serve(app, ep.createDispute, async (req) => disputes.createDispute(deps, await requireActor(deps, req), req.body));
  serve(app, ep.disputeFromCase, async (req) => disputes.disputeFromCase(deps, await requireActor(deps, req), req.params.id, req.body));
  serve(app, ep.disputes, async (req, reply) => {
    const actor = await requireActor(deps, req);
    if (req.query.format !== 'xlsx') return disputes.listDisputes(deps, actor, req.query);
    return sendImmediateExport(reply, deps, actor, disputeExportSource, req.query);
  });
  serve(app, ep.dispute, async (req) => disputes.getDispute(deps, await requireActor(deps, req), req.params.id));
  serve(app, ep.act, async (req) => actOnDispute(deps, await requireActor(deps, req), req.params.id, req.body));
  serve(app, ep.addParty, async (req) => disputes.addParty(deps, await requireActor(deps, req), req.params.id, req.body));
  serve(app, ep.updateParty, async (req) => updateParty(deps, await requireActor(deps, req), req.params.id, req.params.partyId, req.body));
  serve(app, ep.removeParty, async (req) => removeParty(deps, await requireActor(deps, req), req.params.id, req.params.partyId));
  serve(app, ep.setDossierItem, async (req) => disputes.setDossierItem(deps, await requireActor(deps, req), req.params.id, req.body.item, req.body.done));
  serve(app, ep.revealParty, async (req) =>
    disputes.revealParty(deps, await requireActor(deps, req), req.params.id, req.params.partyId, req.body.field, req.body.reason),
  );
  serve(app, ep.agreementPdf, async (req, reply) => printDocument(deps, await requireActor(deps, req), req.params.id, 'agreement', reply));
  serve(app, ep.dossierCoverPdf, async (req, reply) => printDocument(deps, await requireActor(deps, req), req.params.id, 'cover', reply));
  serve(app, ep.myDisputes, async (req) => disputes.myDisputes(deps, await requireActor(deps, req)));
  serve(app, ep.applyDispute, async (req) => applyForMediation(deps, await requireActor(deps, req), req.body));

  // ---- figures
  serve(app, ep.figures, async (req) => figuresOf(deps, await requireActor(deps, req), req.query));
  serve(app, ep.areaFigures, async (req) => areaFiguresOf(deps, await requireActor(deps, req), req.query));
}
