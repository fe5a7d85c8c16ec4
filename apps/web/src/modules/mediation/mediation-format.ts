import type { DisputeState } from '@linli/shared';

/** The tag colour of each dispute state: open blue/orange, success green, failure red, archived grey. */
export const DISPUTE_STATE_COLORS: Record<DisputeState, string> = {
  received: 'blue',
  accepted: 'geekblue',
  rejected: 'default',
  mediating: 'orange',
  agreed: 'green',
  failed: 'red',
  withdrawn: 'default',
  performing: 'cyan',
  performed: 'green',
  breached: 'volcano',
  archived: 'default',
};

/** A rate as people read it: `90.8%`, or `—` when nothing was counted. */
export function percent(rate: { rate: number | null }): string {
  return rate.rate === null ? '—' : `${(rate.rate * 100).toFixed(1)}%`;
}
