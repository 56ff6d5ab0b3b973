import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

/** Where a restore's copy waits while it is checked and opened. Never holds plain data. */
export const RESTORE_SCRATCH = 'restore-scratch';
/** Written once the scratch copy is complete; its presence means "finish the swap". */
export const RESTORE_JOURNAL = 'restore-swap.json';

/**
 * What a swap moves, in this order. The old database's side files go first: a new `kaona.db`
 * must never meet the old one's write-ahead log. `mentors/` and `audit.anchor` always exist in
 * the scratch copy (an empty folder, the anchor of the restored log).
 */
const OLD_ONLY = ['kaona.db-wal', 'kaona.db-shm', 'kaona.db-journal', 'kaona.keys.bak'];
const SWAPPED = ['kaona.keys', 'audit.anchor', 'mentors', 'kaona.db'];

const journalSchema = z.strictObject({ replaced: z.string().regex(/^replaced-[0-9-]+$/) });

export type SwapStep = 'journal' | `old:${string}` | `new:${string}` | 'done';

/** `replaced-20261202-134501` in local time (what the person sees in the folder). */
export function replacedFolderName(dataDir: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp =
    `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-` +
    `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  let name = `replaced-${stamp}`;
  for (let n = 2; existsSync(join(dataDir, name)); n++) name = `replaced-${stamp}-${n}`;
  return name;
}

/**
 * Swaps the scratch copy in. Every step is one rename inside the data folder (same filesystem,
 * atomic per file), and the journal written first makes the whole swap resumable: a crash at any
 * point leaves the journal, and the next start runs the same steps again (each step is skipped
 * once done), so the folder ends with the new set and the old one complete in `replaced-…`.
 * Before the journal exists the old set was never touched and the scratch copy is just removed.
 */
export function swapIn(dataDir: string, replaced: string, onStep?: (step: SwapStep) => void): void {
  writeFileAtomic(join(dataDir, RESTORE_JOURNAL), `${JSON.stringify({ replaced })}\n`);
  onStep?.('journal');
  finishSwap(dataDir, replaced, onStep);
}

function finishSwap(dataDir: string, replaced: string, onStep?: (step: SwapStep) => void): void {
  const scratch = join(dataDir, RESTORE_SCRATCH);
  const kept = join(dataDir, replaced);
  mkdirSync(kept, { recursive: true, mode: 0o700 });
  for (const name of OLD_ONLY) {
    if (existsSync(join(dataDir, name))) renameSync(join(dataDir, name), join(kept, name));
    onStep?.(`old:${name}`);
  }
  for (const name of SWAPPED) {
    // Done already when the scratch no longer holds it: the new one is in place.
    if (!existsSync(join(scratch, name))) continue;
    if (existsSync(join(dataDir, name))) renameSync(join(dataDir, name), join(kept, name));
    onStep?.(`old:${name}`);
    renameSync(join(scratch, name), join(dataDir, name));
    onStep?.(`new:${name}`);
  }
  rmSync(join(dataDir, RESTORE_JOURNAL), { force: true });
  rmSync(scratch, { recursive: true, force: true });
  onStep?.('done');
}

/**
 * At start, before anything opens the database: a journal means a swap was under way — finish
 * it; a scratch folder without one is an inspection that never finished — remove it.
 */
export function finishInterruptedRestore(dataDir: string): 'finished' | 'cleaned' | null {
  const journalPath = join(dataDir, RESTORE_JOURNAL);
  if (existsSync(journalPath)) {
    const parsed = journalSchema.safeParse(safeJson(journalPath));
    // A journal that cannot be read is not guessed at: the files stay where they are for a person.
    if (!parsed.success) return null;
    finishSwap(dataDir, parsed.data.replaced);
    return 'finished';
  }
  if (existsSync(join(dataDir, RESTORE_SCRATCH))) {
    rmSync(join(dataDir, RESTORE_SCRATCH), { recursive: true, force: true });
    return 'cleaned';
  }
  return null;
}

function safeJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
