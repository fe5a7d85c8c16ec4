import {
  CLAIM_STATE_LABELS,
  MEMBER_REGISTRATION_STATE_LABELS,
  NEED_STATE_LABELS,
  ORDER_STATE_LABELS,
  WISH_STATE_LABELS,
  type ClaimState,
  type MemberRegistrationState,
  type NeedState,
  type OrderState,
  type WishState,
} from '@linli/shared';
import { Tag } from 'antd';

const WISH_COLORS: Record<WishState, string> = {
  pendingReview: 'orange',
  published: 'blue',
  claimed: 'cyan',
  fulfilled: 'purple',
  confirmed: 'green',
  rejected: 'default',
  cancelled: 'default',
};
const NEED_COLORS: Record<NeedState, string> = { open: 'blue', claimed: 'cyan', done: 'green', closed: 'default', referred: 'gold' };
const CLAIM_COLORS: Record<ClaimState, string> = {
  claimed: 'blue',
  inProgress: 'cyan',
  done: 'purple',
  confirmed: 'green',
  released: 'default',
  expired: 'default',
};
const REGISTRATION_COLORS: Record<MemberRegistrationState, string> = { pending: 'orange', approved: 'green', rejected: 'default' };

const ORDER_COLORS: Record<OrderState, string> = { ordered: 'orange', taken: 'blue', done: 'purple', rated: 'green', cancelled: 'default' };

const tagStyle = { marginInlineEnd: 0 };

/** 微心愿 state tag. */
export function WishStateTag({ state }: { state: WishState }) {
  return (
    <Tag color={WISH_COLORS[state]} style={tagStyle}>
      {WISH_STATE_LABELS[state]}
    </Tag>
  );
}

/** 需求 state tag. */
export function NeedStateTag({ state }: { state: NeedState }) {
  return (
    <Tag color={NEED_COLORS[state]} style={tagStyle}>
      {NEED_STATE_LABELS[state]}
    </Tag>
  );
}

/** 认领 state tag. */
export function ClaimStateTag({ state }: { state: ClaimState }) {
  return (
    <Tag color={CLAIM_COLORS[state]} style={tagStyle}>
      {CLAIM_STATE_LABELS[state]}
    </Tag>
  );
}

/** 双报到 state tag. */
export function RegistrationStateTag({ state }: { state: MemberRegistrationState }) {
  return (
    <Tag color={REGISTRATION_COLORS[state]} style={tagStyle}>
      {MEMBER_REGISTRATION_STATE_LABELS[state]}
    </Tag>
  );
}

/** 服务订单 state tag. */
export function OrderStateTag({ state }: { state: OrderState }) {
  return (
    <Tag color={ORDER_COLORS[state]} style={tagStyle}>
      {ORDER_STATE_LABELS[state]}
    </Tag>
  );
}
