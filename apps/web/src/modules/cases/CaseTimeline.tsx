import { CASE_STATE_LABELS, isSolvedCaseState, type CaseDetail, type CaseEventView } from '@linli/shared';
import { Tag } from 'antd';
import { EventTimeline } from '../../ui/EventTimeline';
import { actionLabel, DANGER_ACTIONS, eventFacts, formatTime } from './case-format';

function colorOf(e: CaseEventView): string {
  if ((DANGER_ACTIONS as readonly string[]).includes(e.action)) return 'red';
  if (isSolvedCaseState(e.toState) || e.action === 'pass') return 'green';
  if (!e.isPublic) return 'gray';
  return 'blue';
}

/** The case's timeline, newest first: who did what when, state changes, notes, photos; internal steps marked 内部. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  return (
    <EventTimeline
      entries={detail.timeline.map((e) => ({
        id: e.id,
        title: actionLabel(e.action),
        badge: e.isPublic ? undefined : (
          <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
            内部
          </Tag>
        ),
        who: e.actorName,
        when: formatTime(e.at),
        transition: e.fromState && e.fromState !== e.toState ? `${CASE_STATE_LABELS[e.fromState]} → ${CASE_STATE_LABELS[e.toState]}` : undefined,
        facts: eventFacts(e, detail).map((f) => (
          <Tag key={f} color="default" style={{ marginInlineEnd: 0 }}>
            {f}
          </Tag>
        )),
        note: e.note,
        photos: e.photos,
        color: colorOf(e),
      }))}
    />
  );
}
