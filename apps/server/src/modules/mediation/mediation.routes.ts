import type { FastifyInstance } from 'fastify';
import { DISPUTE_KIND_LABELS, DISPUTE_SOURCE_LABELS, DISPUTE_STATE_LABELS, mediationEndpoints as ep } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { requireCapability } from '../../platform/auth/actor';
import { requireActor } from '../../platform/auth/request-actor';
import { buildWorkbook, sendWorkbook } from '../../platform/excel/xlsx-writer';
import { exportTooLarge } from '../../platform/exports/immediate-export';
import { serve } from '../../platform/http/serve-endpoint';
import { applyForMediation } from './applications.service';
import * as committees from './committees.service';
import { actOnDispute } from './dispute-actions.service';
import * as disputes from './disputes.service';
import { printDocument } from './documents.service';
import { figuresOf } from './figures.service';
import { mediationScope } from './mediation-access';
import { nowOf } from './mediation-clock';
import { removeParty, updateParty } from './parties.service';

/** Rows of one Excel export at most (a committee's disputes of several years fit many times over). */
const EXPORT_LIMIT = 5000;

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
    requireCapability(actor, 'dispute', 'export');
    const { items, nextCursor } = await disputes.listDisputes(deps, actor, { ...req.query, after: undefined }, EXPORT_LIMIT);
    if (nextCursor) throw exportTooLarge(`符合条件的纠纷超过 ${EXPORT_LIMIT} 件`);
    const book = await buildWorkbook(
      '矛盾纠纷',
      [
        { header: '编号', value: (r) => r.disputeNo },
        { header: '社区', value: (r) => r.communityName },
        { header: '来源', width: 16, value: (r) => DISPUTE_SOURCE_LABELS[r.source] },
        { header: '类型', value: (r) => DISPUTE_KIND_LABELS[r.kind] },
        { header: '当事人', width: 20, value: (r) => r.partiesLabel },
        { header: '调解员', width: 16, value: (r) => r.mediatorNames.join('、') },
        { header: '状态', value: (r) => DISPUTE_STATE_LABELS[r.state] },
        { header: '登记时间', width: 20, value: (r) => r.receivedAt.slice(0, 10) },
        { header: '调结期限', width: 20, value: (r) => r.dueAt?.slice(0, 10) ?? '' },
        { header: '超期', value: (r) => (r.overdue ? '是' : '') },
        { header: '纠纷简况', width: 40, value: (r) => r.summary },
      ],
      items,
    );
    return sendWorkbook(reply, '矛盾纠纷台账', book);
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
}
