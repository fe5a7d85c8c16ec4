import type { ClaimEventView } from '@linli/shared';
import { Empty, Rate, Timeline, Typography } from 'antd';
import { PhotoGallery } from '../../ui/photos/PhotoGallery';
import { eventLabel, formatTime } from './claims-format';

/** The history of a wish or need (claims included), newest at the top, with notes and proof photos. */
export function ClaimTimeline({ events }: { events: readonly ClaimEventView[] }) {
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有办理记录" />;
  // The server sends them in the order they happened (time, then id): reversing keeps same-second steps in order.
  const newestFirst = [...events].reverse();
  return (
    <Timeline
      items={newestFirst.map((e) => ({
        key: e.id,
        children: (
          <div>
            <Typography.Text strong>{eventLabel(e.action)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {e.actorName} · {formatTime(e.at)}
            </Typography.Text>
            {e.note && <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Paragraph>}
            {e.photos.length > 0 && (
              <div style={{ marginTop: 6 }}>
                <PhotoGallery keys={e.photos} size={64} />
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** A claim's rating as stars, or nothing before it is rated. */
export function RatingStars({ rating }: { rating: number | null }) {
  return rating ? <Rate disabled value={rating} style={{ fontSize: 14 }} /> : null;
}
