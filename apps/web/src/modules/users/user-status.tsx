import type { UserView } from '@linli/shared';
import { Tag } from 'antd';
import { formatTime } from '../../ui/time-format';

/** True while the account is locked after too many failed logins. */
export function isLocked(user: Pick<UserView, 'lockedUntil'>, now = new Date()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil) > now;
}

/** 正常 / 已停用 / 已锁定 as a coloured tag. */
export function UserStatusTag({ user }: { user: UserView }) {
  if (user.disabled) return <Tag color="default">已停用</Tag>;
  if (isLocked(user)) return <Tag color="orange">已锁定至 {formatTime(user.lockedUntil!)}</Tag>;
  return <Tag color="green">正常</Tag>;
}
