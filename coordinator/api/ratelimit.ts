/**
 * Per-key request rate limit: a token bucket per API key hash, refilled continuously at `rate`
 * tokens a second up to `burst`. In memory: one coordinator process serves the API. Buckets exist
 * only for keys that passed auth, and the least recently used go first past MAX_BUCKETS, so a
 * flood of distinct keys cannot grow the map (an evicted bucket was idle, hence full anyway).
 */
import { RateLimitedError } from '../errors.js';

const MAX_BUCKETS = 10_000;

interface Bucket {
  tokens: number;
  atMs: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  /** `rate` 0: no limit. */
  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.buckets.size;
  }

  /** Takes one token for `key`, or throws RateLimitedError saying when the next one is due. */
  take(key: string): void {
    if (this.rate <= 0) return;
    const now = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, atMs: now };
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.atMs) / 1000) * this.rate);
    b.atMs = now;
    // Re-inserting keeps the map in least-recently-used order.
    this.buckets.delete(key);
    this.buckets.set(key, b);
    if (this.buckets.size > MAX_BUCKETS) this.buckets.delete(this.buckets.keys().next().value!);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return;
    }
    const wait = (1 - b.tokens) / this.rate;
    throw new RateLimitedError(
      `this API key made more than ${this.burst} requests at once or more than ${this.rate} a second (--rate-burst, --rate-limit): ` + `retry after ${Math.ceil(wait)} s, and poll less often`,
      wait,
    );
  }
}
