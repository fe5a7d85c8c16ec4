import { CASE_STATE_LABELS, handlingClockOf, isClockTicking, runningLimitOf, type CaseState, type LimitStatus } from '@linli/shared';
import { Tag, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { deadlineStatus, formatTime } from './case-format';

const STATE_COLORS: Record<CaseState, string> = {
  submitted: 'gold',
  accepted: 'cyan',
  verified: 'cyan',
  registered: 'blue',
  dispatched: 'blue',
  handling: 'processing',
  handled: 'purple',
  checked: 'geekblue',
  visited: 'geekblue',
  closed: 'green',
  rejected: 'default',
  merged: 'default',
};

/** The case state as a coloured tag (待受理, 处置中, 已结案 …). */
export function CaseStateTag({ state }: { state: CaseState }) {
  return (
    <Tag color={STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {CASE_STATE_LABELS[state]}
    </Tag>
  );
}

/** The current time, refreshed every `everyMs` (for countdowns). */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** The stored status of the case's handling limit, when the page has the limit rows. */
export type HandlingStatus = LimitStatus | null;

/** The status of the newest handling limit among a case's limits, or null when none was started. */
export function handlingStatusOf(limits: readonly { kind: string; startedAt: string; status: Exclude<HandlingStatus, null> }[]): HandlingStatus {
  const handling = limits.filter((l) => l.kind === 'handling').sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  return handling.at(-1)?.status ?? null;
}

/**
 * The handling deadline of a case: a countdown while the limit runs (orange in the warning window,
 * red once overdue), 按期办结 / 超期办结 once it stopped. Nothing when there is no deadline yet.
 * `status` (from the limit rows) is exact; without it the state tells whether the limit runs.
 */
export function DeadlineTag({
  state,
  deadline,
  warning,
  overdue,
  status,
}: {
  state: CaseState;
  deadline: string | null;
  warning: boolean;
  overdue: boolean;
  status?: HandlingStatus;
}) {
  const now = useNow();
  if (!deadline) return null;
  // The deadline clock (DEADLINE_CLOCK_WORKFLOW): lists carry no limit rows, so there the case
  // state tells whether the handling limit runs (workflows/cases.md: from 立案 until 办结); a
  // limit the sweep marked missed while the case is still being handled is overdue, still ticking.
  const clock = status === undefined ? undefined : handlingClockOf(state, status);
  const running = clock === undefined ? runningLimitOf(state) === 'handling' : clock !== null && isClockTicking(clock);
  if (!running) {
    // Lists only know the flag; detail pages know how the limit ended.
    if (clock === undefined || clock === null || clock === 'cancelled')
      return overdue ? (
        <Tag color="red" style={{ marginInlineEnd: 0 }}>
          超期
        </Tag>
      ) : null;
    return clock === 'missed' || overdue ? (
      <Tag color="red" style={{ marginInlineEnd: 0 }}>
        超期办结
      </Tag>
    ) : (
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        按期办结
      </Tag>
    );
  }
  const { past, text } = deadlineStatus(deadline, now);
  const color = overdue || past ? 'red' : warning ? 'orange' : 'default';
  return (
    <Tooltip title={`办理时限 ${formatTime(deadline)}`}>
      <Tag color={color} style={{ marginInlineEnd: 0 }}>
        {overdue || past ? text.replace('已超期', '超期') : warning ? `预警 ${text}` : text}
      </Tag>
    </Tooltip>
  );
}
