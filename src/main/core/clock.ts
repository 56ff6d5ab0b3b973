/** Time as the core sees it. Production uses the system clock; tests and the web host's
 *  `--manual-clock` use a clock that only moves when told to. */
export interface Clock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): ClockTimer;
  clearTimeout(timer: ClockTimer): void;
}

export interface ClockTimer {
  readonly id: number;
}

export const systemClock: Clock = (() => {
  const handles = new Map<number, NodeJS.Timeout>();
  let next = 1;
  return {
    now: () => new Date(),
    setTimeout(callback, ms) {
      const id = next++;
      const handle = setTimeout(() => {
        handles.delete(id);
        callback();
      }, ms);
      handle.unref?.();
      handles.set(id, handle);
      return { id };
    },
    clearTimeout(timer) {
      clearTimeout(handles.get(timer.id));
      handles.delete(timer.id);
    },
  };
})();

/** A clock that stands still until `advance` moves it, firing the timers that fall due. */
export class ManualClock implements Clock {
  private current: number;
  private timers = new Map<number, { due: number; callback: () => void }>();
  private next = 1;

  constructor(start: Date = new Date()) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  setTimeout(callback: () => void, ms: number): ClockTimer {
    const id = this.next++;
    this.timers.set(id, { due: this.current + Math.max(0, ms), callback });
    return { id };
  }

  clearTimeout(timer: ClockTimer): void {
    this.timers.delete(timer.id);
  }

  /** Moves time forward, running each timer that falls due, in order. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, timer]) => timer.due <= target)
        .sort((a, b) => a[1].due - b[1].due)[0];
      if (!due) break;
      const [id, timer] = due;
      this.timers.delete(id);
      this.current = timer.due;
      timer.callback();
      // Let async work started by the timer (closing the database…) settle before the next one.
      await new Promise((resolve) => setImmediate(resolve));
    }
    this.current = target;
  }
}
