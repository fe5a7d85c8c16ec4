import { Empty, Flex, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { PhotoGallery } from './photos/PhotoGallery';

/** One step of a record's history, already in words: what happened, by whom, when, and what came with it. */
export interface TimelineEntry {
  id: string;
  title: ReactNode;
  /** Beside the title, e.g. a 内部 tag on a step residents do not see. */
  badge?: ReactNode;
  /** Who took the step; left out where the reader need not know (a resident's own wish). */
  who?: string;
  when: string;
  /** A state change in words ("已派遣 → 办理中"). */
  transition?: string;
  facts?: readonly ReactNode[];
  note?: string | null;
  photos: readonly string[];
  /** Dot colour: blue unless the step ends, refuses or hides something. */
  color?: string;
}

/**
 * The history of a case, wish, need or order, newest at the top. `entries` come in the order they happened (the server
 * sorts by time, then id), so reversing keeps same-second steps in order. `small` is the phone size.
 */
export function EventTimeline({ entries, empty, small }: { entries: readonly TimelineEntry[]; empty?: string; small?: boolean }) {
  if (entries.length === 0 && empty) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  const meta = small ? { fontSize: 12 } : undefined;
  return (
    <Timeline
      items={[...entries].reverse().map((e) => ({
        key: e.id,
        color: e.color ?? 'blue',
        children: (
          <Flex vertical gap={4}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{e.title}</Typography.Text>
              {e.badge}
              <Typography.Text type="secondary" style={meta}>
                {e.who ? `${e.who} · ` : ''}
                {e.when}
              </Typography.Text>
            </Flex>
            {e.transition && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.transition}
              </Typography.Text>
            )}
            {e.facts && e.facts.length > 0 && (
              <Flex gap={4} wrap>
                {e.facts}
              </Flex>
            )}
            {e.note && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Paragraph>}
            <PhotoGallery keys={e.photos} size={64} />
          </Flex>
        ),
      }))}
    />
  );
}
