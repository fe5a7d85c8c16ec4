import type { SignUpState } from '@linli/shared';
import { formatMonthDay, formatTime, shanghaiParts } from '../../ui/time-format';

/** Chinese names and tag colours of sign-up states. */
export const SIGNUP_STATE_LABELS: Record<SignUpState, { text: string; color: string }> = {
  signedUp: { text: '已报名', color: 'blue' },
  waitlisted: { text: '候补', color: 'orange' },
  checkedIn: { text: '已签到', color: 'cyan' },
  completed: { text: '已完成', color: 'green' },
  cancelled: { text: '已取消', color: 'default' },
};

/** 周日 … 周六 by JavaScript weekday number. */
export const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** An activity's time as staff read it: 11月20日 周五 09:00–11:00. */
export function activityTime(startsAt: string, endsAt: string): string {
  return `${formatMonthDay(startsAt)} ${WEEKDAY_NAMES[shanghaiParts(startsAt).weekday]} ${formatTime(startsAt)}–${formatTime(endsAt)}`;
}

/** Minutes as 小时 with one decimal. */
export function hoursText(minutes: number): string {
  return `${Math.round((minutes / 60) * 10) / 10} 小时`;
}
