/**
 * In-process locks by name. The coordinator is Redis's single writer, so serialising within this
 * process is enough to make "is this blob still needed? then remove it" and "store the blob, then
 * the record that needs it" exclude each other.
 */
export class KeyedLocks {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `f` once every earlier holder of `key` is done; callers queue in order. */
  async with<T>(key: string, f: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = before.then(() => mine);
    this.tails.set(key, tail);
    await before;
    try {
      return await f();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Holds every key of `keys` (sorted, so two callers never wait on each other in a cycle). */
  async withAll<T>(keys: string[], f: () => Promise<T>): Promise<T> {
    const sorted = [...new Set(keys)].sort();
    const go = (i: number): Promise<T> => (i === sorted.length ? f() : this.with(sorted[i]!, () => go(i + 1)));
    return go(0);
  }
}
