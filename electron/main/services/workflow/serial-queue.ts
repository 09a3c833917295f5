// Per-key promise queues: operations on one file run one after another inside this process.

/** Runs async jobs one at a time per key (different keys run concurrently). */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Queues `job` behind every earlier job with the same key; resolves to its result. */
  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const tail = this.tails.get(key) ?? Promise.resolve();
    const next = tail.then(job, job);
    const settled = next.catch(() => undefined);
    this.tails.set(key, settled);
    void settled.then(() => {
      if (this.tails.get(key) === settled) this.tails.delete(key);
    });
    return next;
  }
}
