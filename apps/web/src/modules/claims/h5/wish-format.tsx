import { POINT_RULE_LABELS, WISH_STATE_LABELS, type WishState } from '@linli/shared';
import { Tag } from 'antd';

const WISH_STATE_COLORS: Record<WishState, string> = {
  pendingReview: 'gold',
  published: 'red',
  claimed: 'blue',
  fulfilled: 'cyan',
  confirmed: 'green',
  rejected: 'default',
  cancelled: 'default',
};

/** A wish's state as a coloured tag (待认领 stands out in red). */
export function WishStateTag({ state }: { state: WishState }) {
  return (
    <Tag color={WISH_STATE_COLORS[state]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {WISH_STATE_LABELS[state]}
    </Tag>
  );
}

/** Ledger reasons the points rules do not name. */
const OTHER_REASONS: Record<string, string> = { redeem: '兑换奖品' };

/** The Chinese words for a points ledger line's reason key. */
export function pointReasonLabel(reason: string): string {
  return (POINT_RULE_LABELS as Record<string, string>)[reason] ?? OTHER_REASONS[reason] ?? reason;
}
