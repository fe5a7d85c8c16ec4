/** Latency summary of one measured figure, in milliseconds. */
export interface LatencySummary {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** The nearest-rank percentile `p` (0–100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Count, mean, p50, p95, p99 and max of `values` (ms), rounded to 0.01 ms. */
export function summarize(values: readonly number[]): LatencySummary {
  const round = (n: number) => Math.round(n * 100) / 100;
  const sum = values.reduce((a, b) => a + b, 0);
  return {
    count: values.length,
    mean: round(values.length ? sum / values.length : Number.NaN),
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    p99: round(percentile(values, 99)),
    max: round(values.length ? Math.max(...values) : Number.NaN),
  };
}
