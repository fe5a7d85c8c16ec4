import {
  DOSSIER_ITEMS,
  AUTO_DOSSIER_ITEMS,
  allowedDisputeActions,
  confirmationWindowEnd,
  dossierStateOf,
  isOpenDispute,
  isOverdue,
  redactText,
  requiredDossierItems,
  type DisputeDetail,
  type DisputeListItem,
  type DisputeState,
  type Dossier,
  type MyDisputeView,
  type PartyView,
} from '@linli/shared';
import type { DisputeRow, MediatorRow, PartyRow } from './mediation.repository';
import { disputeFactsOf } from './dispute-facts';
import { onCommittee, type MediationScope } from './mediation-access';
import type { disputeEvents, disputeSessions } from './mediation.tables';

/** A name as someone outside the committee and the parties reads it: the surname and stars. */
export function maskName(name: string): string {
  return name.length <= 1 ? '*' : `${name[0]}${'*'.repeat(Math.min(name.length - 1, 2))}`;
}

/** How the reader stands to one dispute: on its committee, a party, or neither (names masked). */
export interface Reader {
  committee: boolean;
  party: boolean;
}

/** The reader's standing to a dispute. */
export function readerOf(scope: MediationScope, row: DisputeRow, parties: PartyRow[]): Reader {
  return { committee: onCommittee(scope, row.path), party: parties.some((p) => p.userId !== null && p.userId === scope.userId) };
}

const fullNames = (r: Reader) => r.committee || r.party;

/** A party as the reader may see it. */
export function partyViewOf(p: PartyRow, reader: Reader): PartyView {
  return {
    id: p.id,
    name: fullNames(reader) ? p.name : maskName(p.name),
    side: p.side as PartyView['side'],
    phone: reader.committee ? p.phoneMask : null,
    idNumber: reader.committee ? p.idNumberMask : null,
    address: reader.committee ? p.address : '',
    hasAccount: p.userId !== null,
  };
}

/** "张三 与 李四" (or masked): who the dispute is between. */
export function partiesLabel(parties: PartyRow[], reader: Reader): string {
  const name = (p: PartyRow) => (fullNames(reader) ? p.name : maskName(p.name));
  const a = parties.filter((p) => p.side === 'applicant').map(name);
  const b = parties.filter((p) => p.side === 'respondent').map(name);
  if (!a.length && !b.length) return '未登记当事人';
  return [a.join('、') || '—', b.join('、') || '—'].join(' 与 ');
}

/** A dispute as lists show it to this reader. */
export function listItemOf(
  row: DisputeRow,
  parties: PartyRow[],
  reader: Reader,
  names: { community: string; mediators: Map<string, MediatorRow> },
  now: Date,
): DisputeListItem {
  return {
    id: row.id,
    disputeNo: row.disputeNo,
    communityId: row.communityId,
    communityName: names.community,
    source: row.source as DisputeListItem['source'],
    kind: row.kind as DisputeListItem['kind'],
    summary: fullNames(reader)
      ? row.summary
      : redactText(
          row.summary,
          parties.map((p) => p.name),
        ),
    state: row.state as DisputeState,
    partiesLabel: partiesLabel(parties, reader),
    mediatorNames: row.mediatorIds.map((id) => names.mediators.get(id)?.name).filter((n): n is string => Boolean(n)),
    receivedAt: row.receivedAt.toISOString(),
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: isOpenDispute(row.state as DisputeState) && isOverdue(row.dueAt, now),
    extended: row.extensionDays !== null,
    caseId: row.caseId,
  };
}

type SessionRow = typeof disputeSessions.$inferSelect;
type EventRow = typeof disputeEvents.$inferSelect;

/** Timeline steps as pages show them. */
export function timelineOf(events: EventRow[]) {
  return events.map((e) => ({
    id: e.id,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    actorName: e.actorName,
    at: e.at.toISOString(),
    note: e.note,
  }));
}

/** A dispute's page for this reader: parties masked per {@link partyViewOf}, actions only for the committee. */
export function detailOf(
  row: DisputeRow,
  parties: PartyRow[],
  reader: Reader,
  names: { community: string; committee: string; mediators: Map<string, MediatorRow> },
  sessions: SessionRow[],
  events: EventRow[],
  now: Date,
): DisputeDetail {
  const partyName = new Map(parties.map((p) => [p.id, fullNames(reader) ? p.name : maskName(p.name)]));
  const dossier = row.dossier as Dossier;
  const required = requiredDossierItems(dossierStateOf(row.state as DisputeState, row.outcome, row.performance));
  const agreedAt = row.outcome === 'agreed' ? row.concludedAt : null;
  return {
    ...listItemOf(row, parties, reader, names, now),
    version: row.version,
    committeeId: row.committeeId,
    committeeName: names.committee,
    sourceRef: row.sourceRef,
    preferredTime: row.preferredTime,
    committee: reader.committee,
    parties: parties.map((p) => partyViewOf(p, reader)),
    mediators: row.mediatorIds
      .map((id) => names.mediators.get(id))
      .filter((m): m is MediatorRow => Boolean(m))
      .map((m) => ({ id: m.id, name: m.name, background: m.background as DisputeDetail['mediators'][number]['background'] })),
    sessions: sessions.map((s) => ({
      id: s.id,
      heldAt: s.heldAt.toISOString(),
      place: s.place,
      record: reader.committee ? s.record : '调解记录仅调解委员会查阅',
      mediatorNames: s.mediatorIds.map((id) => names.mediators.get(id)?.name ?? '').filter(Boolean),
      partyNames: s.partyIds.map((id) => partyName.get(id) ?? '').filter(Boolean),
      recordedBy: s.recordedByName,
    })),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    concludedAt: row.concludedAt?.toISOString() ?? null,
    outcome: row.outcome as DisputeDetail['outcome'],
    rejectReason: row.rejectReason as DisputeDetail['rejectReason'],
    failedRoute: row.failedRoute as DisputeDetail['failedRoute'],
    outcomeNote: row.outcomeNote,
    agreementForm: row.agreementForm as DisputeDetail['agreementForm'],
    terms: fullNames(reader)
      ? row.terms
      : row.terms &&
        redactText(
          row.terms,
          parties.map((p) => p.name),
        ),
    performanceDueOn: row.performanceDueOn,
    extension:
      row.extensionDays !== null
        ? {
            days: row.extensionDays,
            reason: row.extensionReason ?? '',
            consentNames: (row.extensionConsentIds ?? []).map((id) => partyName.get(id) ?? '').filter(Boolean),
            at: row.extendedAt?.toISOString() ?? '',
          }
        : null,
    confirmation: {
      state: row.confirmation as DisputeDetail['confirmation']['state'],
      court: row.confirmationCourt,
      appliedAt: row.confirmationAppliedAt?.toISOString() ?? null,
      decidedAt: row.confirmationDecidedAt?.toISOString() ?? null,
      windowEndsAt: agreedAt && row.agreementForm === 'written' ? confirmationWindowEnd(agreedAt).toISOString() : null,
    },
    followUp:
      row.followedUpAt && row.followUpRating
        ? { at: row.followedUpAt.toISOString(), rating: row.followUpRating as 'satisfied', note: reader.committee ? (row.followUpNote ?? '') : '' }
        : null,
    dossier: DOSSIER_ITEMS.map((item) => ({ item, done: Boolean(dossier[item]), required: required.includes(item), auto: AUTO_DOSSIER_ITEMS.includes(item) })),
    allowedActions: allowedDisputeActions(disputeFactsOf(row, parties.length), { committee: reader.committee }, now),
    // Reminders and other committee-only steps stay off the parties' and the area's timeline.
    timeline: timelineOf(reader.committee ? events : events.filter((e) => e.isPublic)),
  };
}

/** A party's own dispute on the phone. */
export function myDisputeOf(
  row: DisputeRow,
  names: { committee: string; mediators: Map<string, MediatorRow> },
  sessions: SessionRow[],
  events: EventRow[],
): MyDisputeView {
  const last = sessions[sessions.length - 1];
  return {
    id: row.id,
    disputeNo: row.disputeNo,
    kind: row.kind as MyDisputeView['kind'],
    state: row.state as DisputeState,
    summary: row.summary,
    committeeName: names.committee,
    mediatorNames: row.mediatorIds.map((id) => names.mediators.get(id)?.name).filter((n): n is string => Boolean(n)),
    receivedAt: row.receivedAt.toISOString(),
    dueAt: row.dueAt?.toISOString() ?? null,
    nextSessionNote: last ? `最近一次调解：${last.place || '社区调解室'}` : null,
    timeline: timelineOf(events.filter((e) => e.isPublic)),
  };
}
