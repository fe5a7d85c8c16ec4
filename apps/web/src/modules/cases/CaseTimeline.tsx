import { CASE_STATE_LABELS, isSolvedCaseState, type CaseDetail, type CaseEventView } from '@linli/shared';
import { Flex, Tag, Timeline, Typography } from 'antd';
import { actionLabel, DANGER_ACTIONS, eventFacts, formatTime } from './case-format';
import { PhotoGallery } from './PhotoGallery';

function colorOf(e: CaseEventView): string {
  if ((DANGER_ACTIONS as readonly string[]).includes(e.action)) return 'red';
  if (isSolvedCaseState(e.toState) || e.action === 'pass') return 'green';
  if (!e.isPublic) return 'gray';
  return 'blue';
}

/** The case's timeline, newest first: who did what when, state changes, notes, photos; internal steps marked 内部. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const events = [...detail.timeline].reverse();
  return (
    <Timeline
      items={events.map((e) => {
        const facts = eventFacts(e, detail);
        return {
          key: e.id,
          color: colorOf(e),
          children: (
            <Flex vertical gap={4}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{actionLabel(e.action)}</Typography.Text>
                {!e.isPublic && (
                  <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                    内部
                  </Tag>
                )}
                <Typography.Text type="secondary">
                  {e.actorName} · {formatTime(e.at)}
                </Typography.Text>
              </Flex>
              {e.fromState && e.fromState !== e.toState && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {CASE_STATE_LABELS[e.fromState]} → {CASE_STATE_LABELS[e.toState]}
                </Typography.Text>
              )}
              {facts.length > 0 && (
                <Flex gap={4} wrap>
                  {facts.map((f) => (
                    <Tag key={f} color="default" style={{ marginInlineEnd: 0 }}>
                      {f}
                    </Tag>
                  ))}
                </Flex>
              )}
              {e.note && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Paragraph>}
              <PhotoGallery keys={e.photos} size={64} />
            </Flex>
          ),
        };
      })}
    />
  );
}
