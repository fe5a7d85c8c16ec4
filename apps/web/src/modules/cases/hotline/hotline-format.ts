import type { HotlineImportRowResult } from '@linli/shared';

/** Month-over-month change of a complex: "+3（+42.9%）", "−2（−20.0%）", "持平", or "+5（上月无）". */
export function formatComplexChange(change: number, changeRate: number | null): { text: string; direction: 'up' | 'down' | 'flat' } {
  if (change === 0) return { text: '持平', direction: 'flat' };
  const sign = change > 0 ? '+' : '−';
  const rate = changeRate === null ? '上月无' : `${sign}${(Math.abs(changeRate) * 100).toFixed(1)}%`;
  return { text: `${sign}${Math.abs(change)}（${rate}）`, direction: change > 0 ? 'up' : 'down' };
}

/** Chinese label of each hotline import row status. */
export const HOTLINE_ROW_STATUS_LABELS: Record<HotlineImportRowResult['status'], string> = { created: '已建单', duplicate: '重复', rejected: '未导入' };

/** Tag colour of each hotline import row status. */
export const HOTLINE_ROW_STATUS_COLORS: Record<HotlineImportRowResult['status'], string> = { created: 'green', duplicate: 'gold', rejected: 'red' };
