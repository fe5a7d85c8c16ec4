import { eq } from 'drizzle-orm';
import type { FastifyReply } from 'fastify';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { AppError, notFound } from '../../platform/errors';
import { nodeNamesById } from '../org';
import { agreementPdf, dossierCoverPdf, type DisputeDocumentData } from './documents/dispute-documents';
import { mediationScope, onCommittee } from './mediation-access';
import * as repo from './mediation.repository';
import { mediationCommittees } from './mediation.tables';

/** Which document: the agreement 人民调解协议书 or the dossier cover 卷宗封面. */
export type DisputeDocument = 'agreement' | 'cover';

/**
 * Prints one document of a dispute for its committee. The agreement carries the parties' full ID
 * numbers and phones (they sign it), so printing is a full read: audited, like a reveal.
 */
export async function printDocument(deps: AppDeps, actor: Actor, id: string, which: DisputeDocument, reply: FastifyReply): Promise<FastifyReply> {
  const scope = mediationScope(actor);
  const row = await repo.findDispute(deps.db, scope, id);
  if (!row) notFound('纠纷');
  if (!onCommittee(scope, row.path)) throw new AppError('FORBIDDEN', '调解文书只由本社区调解委员会打印');
  if (which === 'agreement' && !(row.outcome === 'agreed' && row.agreementForm === 'written'))
    throw new AppError('CONFLICT', '尚未达成书面调解协议（口头协议由调解员记录在案，不出具协议书）');
  const [parties, sessions, mediators, committee, community] = await Promise.all([
    repo.partiesOf(deps.db, [id]),
    repo.sessionsOf(deps.db, id),
    repo.mediatorsById(deps.db, row.mediatorIds),
    deps.db.select({ name: mediationCommittees.name }).from(mediationCommittees).where(eq(mediationCommittees.id, row.committeeId)),
    nodeNamesById(deps.db, [row.communityId]),
  ]);
  const full = which === 'agreement';
  const data: DisputeDocumentData = {
    dispute: row,
    parties: parties.map((p) => ({
      ...p,
      phone: full && p.phoneEnc ? deps.cipher.decrypt(p.phoneEnc) : null,
      idNumber: full && p.idNumberEnc ? deps.cipher.decrypt(p.idNumberEnc) : null,
    })),
    mediators: row.mediatorIds.map((m) => mediators.get(m)).filter((m): m is repo.MediatorRow => Boolean(m)),
    committeeName: committee[0]?.name ?? '人民调解委员会',
    communityName: community.get(row.communityId) ?? '',
    sessions: sessions.length,
  };
  const pdf = which === 'agreement' ? await agreementPdf(data) : await dossierCoverPdf(data);
  await recordAudit(deps.db, auditActorOf(actor), {
    action: 'mediation.document.print',
    targetType: 'dispute',
    targetId: id,
    path: row.path,
    detail: { document: which },
  });
  const name = `${which === 'agreement' ? '人民调解协议书' : '调解卷宗封面'}-${row.disputeNo}.pdf`;
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(pdf);
}
