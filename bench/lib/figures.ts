/** A target a figure is held to: at most or at least `value`. */
export interface Target {
  op: '<=' | '>=';
  value: number;
}

/** One benchmark figure as reported in the table and in results/latest.json. */
export interface Figure {
  /** Stable key, e.g. `pg.list.grid.first.p95`. */
  key: string;
  label: string;
  value: number;
  unit: string;
  target?: Target;
  /** A second value the figure is compared with (e.g. the raw `pg` rate), with what it is. */
  ratio?: { value: number; of: string; target?: Target };
  note?: string;
}

/** Whether `value` meets `target` (undefined when there is no target or no value). */
export function meets(value: number, target: Target | undefined): boolean | undefined {
  if (!target) return undefined;
  if (!Number.isFinite(value)) return false;
  return target.op === '<=' ? value <= target.value : value >= target.value;
}

/** Pass when the value and its ratio (where they have targets) both meet them. */
export function verdict(f: Figure): 'pass' | 'fail' | '' {
  const checks = [meets(f.value, f.target), f.ratio ? meets(f.ratio.value, f.ratio.target) : undefined].filter((c) => c !== undefined);
  if (checks.length === 0) return '';
  return checks.every(Boolean) ? 'pass' : 'fail';
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '–';
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString('en');
  return String(Math.round(n * 100) / 100);
}

function formatTarget(t: Target | undefined, unit: string): string {
  return t ? `${t.op === '<=' ? '≤' : '≥'} ${formatNumber(t.value)} ${unit}`.trim() : '';
}

/** The figures as one markdown table: figure, value, target, ratio, pass/fail. */
export function markdownTable(figures: readonly Figure[]): string {
  const lines = ['| figure | value | target | ratio | pass/fail |', '| --- | ---: | --- | --- | --- |'];
  for (const f of figures) {
    const ratio = f.ratio ? `${formatNumber(f.ratio.value)} of ${f.ratio.of}${f.ratio.target ? ` (${formatTarget(f.ratio.target, '')})` : ''}` : '';
    const label = f.note ? `${f.label} (${f.note})` : f.label;
    lines.push(`| ${label} | ${formatNumber(f.value)} ${f.unit} | ${formatTarget(f.target, f.unit)} | ${ratio} | ${verdict(f)} |`);
  }
  return lines.join('\n');
}
