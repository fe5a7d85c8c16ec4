import type { DisputeSource } from '@linli/shared';

/** How one demo dispute ends up: where the demo's replay of the workflow stops. */
export type DemoEnding =
  | 'received'
  | 'accepted'
  | 'mediating'
  | 'mediatingOverdue'
  | 'mediatingExtended'
  | 'rejected'
  | 'withdrawn'
  | 'withdrawnArchived'
  | 'failed'
  | 'failedArchived'
  | 'agreed'
  | 'performing'
  | 'breached'
  | 'performed'
  | 'performedArchived'
  | 'performedLate';

/** One demo dispute to build: its ending, its source and whether the agreement is written. */
export interface DemoPlan {
  ending: DemoEnding;
  source: DisputeSource;
  written: boolean;
}

const repeat = (ending: DemoEnding, n: number): DemoEnding[] => Array<DemoEnding>(n).fill(ending);

/** Endings that are still open at the demo's `now` (received recently); the rest concluded inside the history year. */
export const OPEN_ENDINGS: readonly DemoEnding[] = ['received', 'accepted', 'mediating', 'mediatingOverdue', 'mediatingExtended'];

/**
 * The demo's dispute log, built the way the seed's figures are counted [003]: of 76 mediations
 * ended by agreement or failure 69 agree (调解成功率 69 ÷ 76 = 90.8 %), and of 24 disputes the court
 * sent 23 came before filing (诉前调解率 23 ÷ 24 = 95.8 %). Every state of the workflow and every
 * source appear; court disputes are all concluded, so they fall in the history year whatever the date.
 */
export function demoDisputePlans(): DemoPlan[] {
  const endings: DemoEnding[] = [
    ...repeat('received', 3),
    ...repeat('accepted', 3),
    ...repeat('mediating', 2),
    'mediatingOverdue',
    'mediatingExtended',
    ...repeat('rejected', 3),
    ...repeat('withdrawn', 2),
    ...repeat('withdrawnArchived', 2),
    ...repeat('failed', 3),
    ...repeat('failedArchived', 4),
    ...repeat('agreed', 3),
    ...repeat('performing', 5),
    ...repeat('breached', 3),
    ...repeat('performed', 16),
    ...repeat('performedArchived', 40),
    ...repeat('performedLate', 2),
  ];
  // Sources for the concluded ones first (the court's 24 among them), then the open ones' (never the court's).
  const concludedSources: DisputeSource[] = [
    ...Array<DisputeSource>(23).fill('courtDelegated'),
    'courtEntrusted',
    ...Array<DisputeSource>(11).fill('police'),
    ...Array<DisputeSource>(6).fill('petition'),
    ...Array<DisputeSource>(15).fill('screening'),
    ...Array<DisputeSource>(8).fill('initiative'),
  ];
  const openSources: DisputeSource[] = [
    'application',
    'screening',
    'police',
    'petition',
    'initiative',
    'screening',
    'application',
    'application',
    'screening',
    'police',
  ];
  const concludedCount = endings.filter((e) => !OPEN_ENDINGS.includes(e)).length;
  while (concludedSources.length < concludedCount) concludedSources.push('application');
  let concludedIndex = 0;
  let openIndex = 0;
  return endings.map((ending, i) => {
    const open = OPEN_ENDINGS.includes(ending);
    // A fixed permutation (37 is prime to the count) spreads the court's disputes over every concluded ending.
    const source = open ? openSources[openIndex++ % openSources.length] : concludedSources[(concludedIndex++ * 37) % concludedCount];
    // Three in four agreements written; the step of 4 does not divide the six communities, so each gets both forms.
    return { ending, source, written: i % 4 !== 0 };
  });
}
