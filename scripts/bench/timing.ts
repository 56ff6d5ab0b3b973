/** Elapsed wall time of `work`, in milliseconds, from the monotonic high-resolution clock. */
export async function timeMs(work: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return nanosToMs(process.hrtime.bigint() - start);
}

export function nanosToMs(nanos: bigint): number {
  return Number(nanos) / 1e6;
}

export function nanosToUs(nanos: bigint): number {
  return Number(nanos) / 1e3;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * A small seeded PRNG (mulberry32): every run, and the core and raw sides of one run, read the
 * same keys in the same order, so the figures differ by the code path and not by luck.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
