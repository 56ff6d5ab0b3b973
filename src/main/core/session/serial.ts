/**
 * Runs async tasks one at a time, in order. Sign-in, lock, key rotation and account changes all
 * touch the one open database and the slot file; letting two interleave could, say, lock the
 * database in the middle of a rotation.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
