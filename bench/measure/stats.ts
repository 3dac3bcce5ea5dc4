/** The middle value (mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;

  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle]!;

  return (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The nearest-rank percentile (0–100) of values already sorted ascending. */
export function percentileOfSorted(sorted: ArrayLike<number>, percent: number): number {
  if (sorted.length === 0) return Number.NaN;

  const rank = Math.ceil((percent / 100) * sorted.length);

  return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1]!;
}

/** Collects latencies in milliseconds without reallocating per sample. */
export function createLatencyRecorder(initialSize = 1 << 16) {
  let samples = new Float64Array(initialSize);
  let count = 0;

  return {
    record(ms: number) {
      if (count === samples.length) {
        const grown = new Float64Array(samples.length * 2);
        grown.set(samples);
        samples = grown;
      }
      samples[count++] = ms;
    },
    count: () => count,
    /** p50 and p99 of everything recorded so far. */
    summarise() {
      const sorted = samples.slice(0, count).sort();

      return { p50Ms: percentileOfSorted(sorted, 50), p99Ms: percentileOfSorted(sorted, 99) };
    },
  };
}
