import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

export const THROTTLE_FILE = 'sign-in.state';

/** Failures allowed before delays start, the first delay, and the longest. */
const FREE_ATTEMPTS = 3;
const FIRST_DELAY_S = 5;
const MAX_DELAY_S = 15 * 60;
/** Failed attempts kept for the audit log until the next successful unlock writes them there. */
const MAX_PENDING = 200;

const stateSchema = z.strictObject({
  /**
   * Names this copy of the file. The database remembers the name of the file it last wrote, so
   * a file deleted or swapped to reset the delay is noticed (and audited) at the next sign-in.
   */
  fileId: z.uuid().optional(),
  failures: z.number().int().min(0),
  lastFailureAt: z.iso.datetime().nullable(),
  /** Failed attempts not yet in the audit log (it is closed while nobody is signed in). */
  pending: z
    .array(z.strictObject({ at: z.iso.datetime(), userName: z.string().max(64).nullable() }))
    .max(MAX_PENDING),
});
type ThrottleState = z.infer<typeof stateSchema>;

const EMPTY: ThrottleState = { failures: 0, lastFailureAt: null, pending: [] };
/** A damaged file must not reset the count: the next failure already starts the delays. */
const DAMAGED: ThrottleState = { failures: FREE_ATTEMPTS, lastFailureAt: null, pending: [] };

/**
 * Slows down password guessing at the sign-in screen: after three failures each further attempt
 * waits twice as long (5 s, 10 s, 20 s … up to 15 min). The count lives in a file in the data
 * folder so restarting Kaona does not reset it. It is per PC, not per user name, so the file
 * stays free of anything that identifies who tried — apart from the typed user names queued
 * for the audit log, which leave the file at the next successful sign-in.
 */
export class SignInThrottle {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, THROTTLE_FILE);
  }

  /** Seconds to wait before the next attempt is allowed; 0 when it may go ahead. */
  retryAfterSeconds(now: Date): number {
    const state = this.read();
    if (state.failures < FREE_ATTEMPTS || !state.lastFailureAt) return 0;
    const delay = Math.min(MAX_DELAY_S, FIRST_DELAY_S * 2 ** (state.failures - FREE_ATTEMPTS));
    const elapsed = (now.getTime() - Date.parse(state.lastFailureAt)) / 1000;
    return Math.max(0, Math.ceil(delay - elapsed));
  }

  /** `userName` null: a typed name that matches no key slot, counted but not kept. */
  recordFailure(now: Date, userName: string | null): void {
    const state = this.read();
    const pending = [
      ...state.pending,
      { at: now.toISOString(), userName: userName?.slice(0, 64) ?? null },
    ].slice(-MAX_PENDING);
    this.write({
      ...state,
      failures: state.failures + 1,
      lastFailureAt: now.toISOString(),
      pending,
    });
  }

  /** The queued failures, for the audit log; the caller then calls `reset`. */
  pendingFailures(): { at: Date; userName: string | null }[] {
    return this.read().pending.map((entry) => ({
      at: new Date(entry.at),
      userName: entry.userName,
    }));
  }

  /** Which copy of the file is there, if any: compared with what the database remembers. */
  inspect(): { status: 'missing' | 'damaged' } | { status: 'ok'; fileId: string | null } {
    try {
      const parsed = stateSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success
        ? { status: 'ok', fileId: parsed.data.fileId ?? null }
        : { status: 'damaged' };
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? { status: 'missing' }
        : { status: 'damaged' };
    }
  }

  /**
   * After a mentor's sign-in: the failures are in their compartment now. The count and the
   * file's name stay — only the office database may vouch for a new copy of the file.
   */
  clearPending(): void {
    const state = this.read();
    this.write({ ...state, failures: 0, lastFailureAt: null, pending: [] });
  }

  /** Starts afresh after a successful sign-in, as the copy named `fileId`. */
  reset(fileId: string): void {
    this.write({ ...EMPTY, fileId });
  }

  private read(): ThrottleState {
    try {
      const parsed = stateSchema.safeParse(JSON.parse(readFileSync(this.file, 'utf8')));
      return parsed.success ? parsed.data : DAMAGED;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? EMPTY : DAMAGED;
    }
  }

  private write(state: ThrottleState): void {
    writeFileAtomic(this.file, `${JSON.stringify(state)}\n`);
  }
}
