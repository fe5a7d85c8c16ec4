import { PUBLIC_ACTOR_LABELS, redactText, redactTitle, type CaseDetail, type CaseListItem } from '@linli/shared';

/** How a case's reporter is named to anyone but staff and the reporter (DESIGN rule 5). */
export function reporterLabel(anonymous: boolean): string {
  return anonymous ? PUBLIC_ACTOR_LABELS.anonymousResident : PUBLIC_ACTOR_LABELS.resident;
}

/** What {@link neighbourDetail} needs beyond the staff detail. */
export interface NeighbourFacts {
  reporterUserId: string | null;
  reporterName: string | null;
  anonymous: boolean;
  /** The timeline rows behind `detail.timeline`, for who wrote each. */
  events: { id: string; actorUserId: string | null; actorName: string }[];
  /** Actors among those that hold a staff post: their names may show. */
  staffUserIds: ReadonlySet<string>;
}

/**
 * A case as a neighbour sees it: the reporter is 居民 (匿名居民 when anonymous), so is every actor
 * below staff on the timeline, and the title, description, address and notes pass redactText with
 * the hidden names. Steps written by the system (no actor) keep their name.
 */
export function neighbourDetail(detail: CaseDetail, facts: NeighbourFacts): CaseDetail {
  const reporter = reporterLabel(facts.anonymous);
  const masked = new Map<string, string>();
  for (const e of facts.events) {
    if (e.actorUserId === null || facts.staffUserIds.has(e.actorUserId)) continue;
    masked.set(e.id, e.actorUserId === facts.reporterUserId ? reporter : PUBLIC_ACTOR_LABELS.resident);
  }
  const names = [facts.reporterName, ...facts.events.filter((e) => masked.has(e.id)).map((e) => e.actorName)];
  const scrub = (text: string) => redactText(text, names);
  return {
    ...detail,
    title: redactTitle(detail.title, names),
    description: scrub(detail.description),
    address: scrub(detail.address),
    reporterName: reporter,
    reporterPhoneMasked: null,
    pendingExtension: detail.pendingExtension ? { ...detail.pendingExtension, reason: scrub(detail.pendingExtension.reason) } : null,
    timeline: detail.timeline.map((e) => ({ ...e, actorName: masked.get(e.id) ?? e.actorName, note: e.note === null ? null : scrub(e.note) })),
  };
}

/** A list row as a neighbour sees it: title and address redacted. */
export function neighbourListItem(item: CaseListItem, reporterName: string | null): CaseListItem {
  return { ...item, title: redactTitle(item.title, [reporterName]), address: redactText(item.address, [reporterName]) };
}
