import type { ClaimEventView } from '@linli/shared';
import { Rate } from 'antd';
import { EventTimeline } from '../../ui/EventTimeline';
import { eventLabel, formatTime } from './claims-format';

/** The history of a wish, need or order (claims included), newest at the top, with notes and proof photos. */
export function ClaimTimeline({ events }: { events: readonly ClaimEventView[] }) {
  return (
    <EventTimeline
      empty="还没有办理记录"
      entries={events.map((e) => ({ id: e.id, title: eventLabel(e.action), who: e.actorName, when: formatTime(e.at), note: e.note, photos: e.photos }))}
    />
  );
}

/** A claim's rating as stars, or nothing before it is rated. */
export function RatingStars({ rating }: { rating: number | null }) {
  return rating ? <Rate disabled value={rating} style={{ fontSize: 14 }} /> : null;
}
