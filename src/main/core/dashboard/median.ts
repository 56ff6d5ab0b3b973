/**
 * The median of whole numbers (satang), or null for none. With an even count it is the mean of
 * the two middle values, rounded to the satang: the figure a report shows for "the middle person".
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle]!;
  return Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}
