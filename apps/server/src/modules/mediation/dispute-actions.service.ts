import {
  AGREEMENT_FORM_LABELS,
  DISPUTE_ACTION_LABELS,
  DISPUTE_RULES,
  DISPUTE_STATE_LABELS,
  FAILED_ROUTE_LABELS,
  FOLLOW_UP_RATING_LABELS,
  REJECT_REASON_LABELS,
  allPartiesConsent,
  beijingDay,
  conclusionDueOf,
  decideDisputeAction,
  extendedDue,
  type DisputeActionInput,
  type DisputeDetail,
  type DisputeState,
} from '@linli/shared';
import type { AppDeps } from '../../platform/app-deps';
import { auditActorOf, type Actor } from '../../platform/auth/actor';
import type { DbOrTx } from '../../platform/db/database';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { applyTransition, eventRow, type OutboxMessage } from '../../platform/workflow/apply-transition';
import { disputeFactsOf } from './dispute-facts';
import { loadDetail } from './dispute-reads';
import { lockForCommittee } from './disputes.service';
import { DISPUTE_CONCLUDED_TOPIC, type DisputeConcludedMessage } from './case-link';
import { mediationScope } from './mediation-access';
import { nowOf } from './mediation-clock';
import * as repo from './mediation.repository';
import { disputeEvents, disputeSessions, disputes } from './mediation.tables';

type Set = Partial<typeof disputes.$inferInsert>;
type Field = keyof DisputeActionInput;

function need<K extends Field>(input: DisputeActionInput, field: K): NonNullable<DisputeActionInput[K]> {
  const value = input[field];
  if (value === undefined || value === null) throw new AppError('VALIDATION_FAILED', '请填写此项', field);
  return value as NonNullable<DisputeActionInput[K]>;
}

function onlyFrom(ids: readonly string[], allowed: readonly string[], field: Field, what: string): void {
  if (ids.some((id) => !allowed.includes(id))) throw new AppError('VALIDATION_FAILED', `所选${what}不属于本纠纷`, field);
}

/** What one action writes besides the state, and the words of its timeline step. */
async function effectsOf(
  tx: DbOrTx,
  row: repo.DisputeRow,
  partyIds: string[],
  input: DisputeActionInput,
  actor: Actor,
  now: Date,
): Promise<{ set: Set; note: string | null; concluded?: DisputeConcludedMessage['outcome'] }> {
  const dossier = row.dossier;
  switch (input.action) {
    case 'accept': {
      const ids = need(input, 'mediatorIds');
      const own = (await repo.mediatorsOf(tx, [row.committeeId])).map((m) => m.id);
      onlyFrom(ids, own, 'mediatorIds', '调解员');
      return { set: { acceptedAt: now, dueAt: conclusionDueOf(now), mediatorIds: ids }, note: input.note ?? null };
    }
    case 'reject': {
      const reason = need(input, 'rejectReason');
      return {
        set: { outcome: 'rejected', rejectReason: reason, outcomeNote: input.note ?? null, concludedAt: now },
        note: REJECT_REASON_LABELS[reason],
        concluded: 'rejected',
      };
    }
    case 'startMediation':
      return { set: {}, note: null };
    case 'recordSession': {
      const heldAt = new Date(need(input, 'heldAt'));
      if (heldAt.getTime() > now.getTime() + 60_000) throw new AppError('VALIDATION_FAILED', '调解时间不能晚于现在', 'heldAt');
      const mediatorIds = input.mediatorIds ?? row.mediatorIds;
      const own = (await repo.mediatorsOf(tx, [row.committeeId])).map((m) => m.id);
      onlyFrom(mediatorIds, own, 'mediatorIds', '调解员');
      const present = input.partyIds ?? partyIds;
      onlyFrom(present, partyIds, 'partyIds', '当事人');
      await tx.insert(disputeSessions).values({
        id: newId(now),
        disputeId: row.id,
        path: row.path,
        heldAt,
        place: input.place ?? '',
        record: need(input, 'record'),
        mediatorIds,
        partyIds: present,
        recordedByName: actor.displayName,
      });
      return { set: { dossier: { ...dossier, records: true } }, note: input.place ? `地点：${input.place}` : null };
    }
    case 'extend': {
      const days = need(input, 'extensionDays');
      const consent = need(input, 'consentPartyIds');
      onlyFrom(consent, partyIds, 'consentPartyIds', '当事人');
      const due = row.dueAt ?? conclusionDueOf(row.acceptedAt ?? now);
      return {
        set: { extensionDays: days, extensionReason: need(input, 'reason'), extensionConsentIds: consent, extendedAt: now, dueAt: extendedDue(due, days) },
        note: `延长${days}日，经全部当事人同意：${need(input, 'reason')}`,
      };
    }
    case 'agree': {
      const form = need(input, 'agreementForm');
      const performanceDueOn = input.performanceDueOn ?? beijingDay(now);
      if (performanceDueOn < beijingDay(now)) throw new AppError('VALIDATION_FAILED', '履行期限不能早于今天', 'performanceDueOn');
      return {
        set: {
          outcome: 'agreed',
          agreementForm: form,
          terms: need(input, 'terms'),
          performanceDueOn,
          concludedAt: now,
          dossier: { ...dossier, agreement: true },
        },
        note: `${AGREEMENT_FORM_LABELS[form]}，履行期限${performanceDueOn}`,
        concluded: 'agreed',
      };
    }
    case 'fail': {
      const route = need(input, 'failedRoute');
      return {
        set: { outcome: 'failed', failedRoute: route, outcomeNote: need(input, 'reason'), concludedAt: now },
        note: `已告知当事人可${FAILED_ROUTE_LABELS[route]}：${need(input, 'reason')}`,
        concluded: 'failed',
      };
    }
    case 'withdraw':
      return { set: { outcome: 'withdrawn', outcomeNote: need(input, 'reason'), concludedAt: now }, note: need(input, 'reason'), concluded: 'withdrawn' };
    case 'beginPerformance':
      return { set: {}, note: input.note ?? null };
    case 'confirmPerformed':
      return { set: { performance: 'performed', performanceAt: now }, note: input.note ?? null };
    case 'reportBreach':
      return { set: { performance: 'breached', performanceAt: now }, note: `${need(input, 'reason')}（已告知当事人可申请法院处理或重新调解）` };
    case 'applyConfirmation':
      return { set: { confirmation: 'applied', confirmationCourt: need(input, 'court'), confirmationAppliedAt: now }, note: `向${need(input, 'court')}申请` };
    case 'decideConfirmation': {
      const confirmed = need(input, 'confirmed');
      return {
        set: { confirmation: confirmed ? 'confirmed' : 'refused', confirmationDecidedAt: now },
        note: confirmed ? '人民法院裁定确认协议有效' : '人民法院不予确认',
      };
    }
    case 'followUp': {
      const rating = need(input, 'rating');
      return {
        set: { followedUpAt: now, followUpRating: rating, followUpNote: need(input, 'note'), dossier: { ...dossier, followUp: true } },
        note: `回访：${FOLLOW_UP_RATING_LABELS[rating]}`,
      };
    }
    case 'archive':
      return { set: { archivedAt: now }, note: null };
  }
}

/** Notices of a step: the parties with an account hear of each change of state; a linked case of the conclusion. */
function messagesOf(
  row: repo.DisputeRow,
  partyUsers: string[],
  to: DisputeState,
  input: DisputeActionInput,
  concluded: DisputeConcludedMessage['outcome'] | undefined,
  now: Date,
): OutboxMessage[] {
  const out: OutboxMessage[] = [];
  if (to !== row.state && partyUsers.length)
    out.push({
      topic: 'notify.users',
      payload: {
        userIds: partyUsers,
        title: `调解 ${row.disputeNo}`,
        body: `${DISPUTE_ACTION_LABELS[input.action]}：${DISPUTE_STATE_LABELS[to]}`,
        link: `/disputes/${row.id}`,
      },
    });
  if (concluded && row.caseId) {
    const message: DisputeConcludedMessage = { disputeId: row.id, caseId: row.caseId, disputeNo: row.disputeNo, outcome: concluded, at: now.toISOString() };
    out.push({ topic: DISPUTE_CONCLUDED_TOPIC, payload: { ...message } });
  }
  return out;
}

/**
 * Takes one workflow action on a dispute (DESIGN rule 2): the committee only, the shared decision,
 * the action's own writes (a session, the clock, the outcome log the figures read, the dossier), the
 * version-checked update, the timeline step, audit and notices, all in one transaction.
 */
export async function actOnDispute(deps: AppDeps, actor: Actor, id: string, input: DisputeActionInput): Promise<DisputeDetail> {
  const now = nowOf(deps);
  const scope = mediationScope(actor);
  await deps.db.transaction(async (tx) => {
    const row = await lockForCommittee(tx, scope, id);
    const parties = await repo.partiesOf(tx, [id]);
    const partyIds = parties.map((p) => p.id);
    const consentingAll = input.action === 'extend' && allPartiesConsent(partyIds, input.consentPartyIds ?? []);
    await applyTransition(tx, {
      table: disputes,
      row,
      expectedVersion: input.expectedVersion,
      stale: { message: '纠纷已被他人更新，请刷新后重试' },
      decide: () => decideDisputeAction(disputeFactsOf(row, parties.length, consentingAll), { committee: true }, input.action, now),
      apply: async (decision) => {
        for (const field of DISPUTE_RULES[input.action].required) need(input, field as Field);
        const { set, note, concluded } = await effectsOf(tx, row, partyIds, input, actor, now);
        return {
          set,
          event: eventRow(disputeEvents, {
            id: newId(now),
            disputeId: id,
            action: input.action,
            fromState: row.state,
            toState: decision.to,
            actorUserId: actor.userId,
            actorName: actor.displayName,
            at: now,
            note,
            // The session record and the follow-up notes stay with the committee; the step itself is public to the parties.
            isPublic: true,
            path: row.path,
          }),
          audit: { actor: auditActorOf(actor), event: { action: `disputes.${input.action}`, targetType: 'dispute', targetId: id, path: row.path } },
          outbox: messagesOf(
            row,
            parties.map((p) => p.userId).filter((u): u is string => u !== null),
            decision.to as DisputeState,
            input,
            concluded,
            now,
          ),
        };
      },
    });
  });
  return loadDetail(deps.db, scope, id, now);
}
