import { and, count, eq, gte, inArray } from 'drizzle-orm';
import { APPLICATION_LIMITS, DISPUTE_KIND_LABELS, RECEIVED_DISPUTE_STATES, type ApplyDisputeInput, type MyDisputeView } from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { recordAudit } from '../../platform/audit/audit';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import { communityPathsOf } from '../../platform/auth/community-paths';
import { AppError } from '../../platform/errors';
import { enqueue } from '../../platform/outbox/outbox';
import { queryNode } from '../org';
import { insertDispute, myDisputes } from './disputes.service';
import { nowOf } from './mediation-clock';
import { disputes, mediationCommittees } from './mediation.tables';

const DAY = 86_400_000;

/**
 * A resident's application 申请调解 from the phone: a dispute with source 申请, received by the committee of
 * the resident's own community, the resident as applicant (name and account from the session) and the other
 * party as they named them (contacts encrypted, shown only to the committee). The committee's staff and
 * mediators are told. At most {@link APPLICATION_LIMITS}: pending applications and applications a month,
 * counted under the committee's row lock so two taps at once cannot both pass.
 */
export async function applyForMediation(deps: AppDeps, actor: Actor, input: ApplyDisputeInput): Promise<MyDisputeView> {
  const now = nowOf(deps);
  const [home] = communityPathsOf(actor.posts, ['resident']);
  if (!home) throw new AppError('FORBIDDEN', '请以本社区居民身份申请调解');
  const community = await queryNode(deps.db, { path: home });
  if (!community) throw new AppError('FORBIDDEN', '请以本社区居民身份申请调解');
  const id = await deps.db.transaction(async (tx) => {
    const [committee] = await tx.select().from(mediationCommittees).where(eq(mediationCommittees.communityId, community.id)).for('update');
    if (!committee) throw new AppError('CONFLICT', `${community.name}尚未设立人民调解委员会，请到社区居委会当面申请调解`);
    const mine = and(eq(disputes.createdByUserId, actor.userId), eq(disputes.source, 'application'));
    const [pending] = await tx
      .select({ n: count() })
      .from(disputes)
      .where(and(mine, inArray(disputes.state, [...RECEIVED_DISPUTE_STATES])));
    if (pending.n >= APPLICATION_LIMITS.pending) throw new AppError('CONFLICT', `您已有${pending.n}件调解申请等待受理，调解委员会会尽快联系您，请勿重复申请`);
    const [recent] = await tx
      .select({ n: count() })
      .from(disputes)
      .where(and(mine, gte(disputes.receivedAt, new Date(now.getTime() - 30 * DAY))));
    if (recent.n >= APPLICATION_LIMITS.perMonth)
      throw new AppError('CONFLICT', `30天内最多在手机上申请${APPLICATION_LIMITS.perMonth}次调解，如有急事请直接到社区人民调解室`);
    const id = await insertDispute(
      deps,
      tx,
      actor,
      committee,
      {
        communityId: community.id,
        source: 'application',
        kind: input.kind,
        summary: input.summary,
        sourceRef: '',
        preferredTime: input.preferredTime,
        parties: [
          { name: actor.displayName, side: 'applicant', address: '', userId: actor.userId },
          { name: input.otherPartyName, side: 'respondent', phone: input.otherPartyPhone, address: input.otherPartyAddress },
        ],
      },
      now,
    );
    await recordAudit(tx, auditActorOf(actor), { action: 'mediation.dispute.apply', targetType: 'dispute', targetId: id, path: committee.path });
    await enqueue(tx, 'notify.area', {
      title: '收到调解申请',
      body: `居民${actor.displayName}申请调解（${DISPUTE_KIND_LABELS[input.kind]}），请在一个工作日内联系受理`,
      link: `/disputes/${id}`,
      path: committee.path,
      roles: ['communityStaff', 'mediator'],
    });
    return id;
  });
  const { items } = await myDisputes(deps, actor);
  const made = items.find((d) => d.id === id);
  if (!made) throw new Error(`application ${id} not among the applicant's disputes`);
  return made;
}
