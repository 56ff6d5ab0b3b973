type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** The longest a lock waits for unsaved work: locking a shared PC must never hang on a save. */
const FLUSH_LIMIT_MS = 1500;

/**
 * Work a screen keeps unsaved for a moment (a debounced draft) is written before the person
 * locks or signs out: once locked, main refuses every call, and the screen is gone. Main's own
 * idle lock needs no flush — it comes only after minutes without a call, and a draft is saved a
 * second after typing stops.
 */
export function onBeforeLock(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

export async function flushBeforeLock(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, FLUSH_LIMIT_MS);
  });
  await Promise.race([Promise.allSettled([...flushes].map((flush) => flush())), limit]);
  clearTimeout(timer);
}
