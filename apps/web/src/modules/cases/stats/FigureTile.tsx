import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { SCREEN } from './chart-options';

/**
 * One clickable figure of a module panel: a label, the number and a small line under it; it opens
 * `to` (the module's page, filtered) so a figure on the screen always leads to the records behind it.
 */
export function FigureTile({ label, value, sub, to, color = SCREEN.text }: { label: string; value: ReactNode; sub?: ReactNode; to: string; color?: string }) {
  return (
    <Link
      to={to}
      aria-label={`${label}：${typeof value === 'string' || typeof value === 'number' ? value : ''}，查看明细`}
      style={{
        display: 'block',
        padding: '8px 10px',
        borderRadius: 6,
        background: 'rgba(58,142,230,0.08)',
        border: '1px solid rgba(58,142,230,0.18)',
        color: SCREEN.text,
        minWidth: 0,
      }}
    >
      <div style={{ color: SCREEN.muted, fontSize: 12, whiteSpace: 'nowrap' }}>{label}</div>
      <div style={{ color, fontSize: 20, fontWeight: 600, fontVariantNumeric: 'tabular-nums', lineHeight: 1.3 }}>{value}</div>
      {sub !== undefined && <div style={{ color: SCREEN.muted, fontSize: 12, whiteSpace: 'nowrap' }}>{sub}</div>}
    </Link>
  );
}
