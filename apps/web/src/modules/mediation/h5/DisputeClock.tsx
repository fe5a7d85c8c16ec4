import { daysLeft, isClockRunning, type DisputeListItem } from '@linli/shared';
import { Tag } from 'antd';

/**
 * The one-month clock as a mediator reads it on the phone: days left (orange within a week), 已超期 in red
 * once past, 已延期 after the one extension; nothing once the mediation has ended.
 */
export function DisputeClock({ d, now = new Date() }: { d: Pick<DisputeListItem, 'dueAt' | 'state' | 'overdue' | 'extended'>; now?: Date }) {
  if (!d.dueAt || !isClockRunning(d.state)) return null;
  const left = daysLeft(new Date(d.dueAt), now);
  return (
    <>
      {d.overdue ? <Tag color="red">已超期</Tag> : <Tag color={left <= 7 ? 'orange' : 'blue'}>剩 {left} 天调结</Tag>}
      {d.extended ? <Tag color="gold">已延期</Tag> : null}
    </>
  );
}
