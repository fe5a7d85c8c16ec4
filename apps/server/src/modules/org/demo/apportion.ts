/**
 * Splits `total` into whole parts proportional to `weights` (largest remainder method), giving every
 * part at least `min`. The parts always sum to exactly `total`; throws when `total` cannot cover the minimums.
 */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  if (weights.length === 0) return [];
  const spare = total - min * weights.length;
  if (spare < 0) throw new RangeError(`cannot give ${weights.length} parts at least ${min} out of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (spare * w) / sum : spare / weights.length));
  const parts = exact.map((x) => Math.floor(x));
  let left = spare - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    parts[i]++;
  }
  return parts.map((p) => p + min);
}
