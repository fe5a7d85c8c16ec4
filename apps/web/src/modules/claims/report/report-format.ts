/** A rate as a percentage with one decimal, or a dash when there is nothing to divide. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** An average rating with one decimal, or a dash. */
export function formatRating(rating: number | null): string {
  return rating === null ? '—' : rating.toFixed(1);
}
