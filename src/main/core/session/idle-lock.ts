import type { Clock, ClockTimer } from '../clock';

/**
 * The idle lock of a shared PC: while someone is signed in, every call they make restarts a
 * timer; when it runs out, `onIdle` locks the session. It lives in the core, not the page, so a
 * frozen or closed window cannot keep the database open.
 */
export class IdleLock {
  private timer: ClockTimer | undefined;
  private running = false;
  private ms = 5 * 60_000;

  constructor(
    private readonly clock: Clock,
    private readonly onIdle: () => void,
  ) {}

  start(minutes: number): void {
    this.ms = minutes * 60_000;
    this.running = true;
    this.restart();
  }

  /** Activity: start counting again. Does nothing while nobody is signed in. */
  touch(): void {
    if (this.running) this.restart();
  }

  setMinutes(minutes: number): void {
    this.ms = minutes * 60_000;
    this.touch();
  }

  stop(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.running = false;
  }

  private restart(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(this.onIdle, this.ms);
  }
}
