/**
 * Who may read the dashboard feed, and what they see. Two kinds of key, both in `x-api-key`:
 * - the view key (--view-key): read-only, for an operator's screen; it sees the pool and every job
 *   and nothing else of the API (every other keyed route refuses it, since ApiKeys never knew it);
 * - an API key: the pool (as `GET /v1/workers` shows it) and that key's own jobs (as `GET /v1/jobs`).
 * Only the view key's sha256 is kept here, and it is compared in constant time. Either kind is
 * rate limited like every keyed route (the view key has one bucket of its own).
 */
import { timingSafeEqual } from 'node:crypto';

import { hashKey } from '../api/auth.js';
import type { ApiContext } from '../api/context.js';
import type { Request } from '../api/http.js';

export type Scope = { kind: 'view' } | { kind: 'key'; owner: string };

export class DashboardAccess {
  private readonly viewHash?: Buffer;

  constructor(
    viewKey: string,
    private readonly ctx: Pick<ApiContext, 'keys' | 'limiter'>,
  ) {
    // (A string check, not truthiness: the fuzzer registers routes with a context that is anything.)
    if (typeof viewKey === 'string' && viewKey.length > 0) this.viewHash = Buffer.from(hashKey(viewKey), 'hex');
  }

  /** The caller's scope, or UnauthorizedError (or RateLimitedError). */
  async scope(req: Request): Promise<Scope> {
    const key = req.headers['x-api-key'];
    if (this.viewHash && typeof key === 'string' && key.length > 0 && key.length <= 256 && timingSafeEqual(Buffer.from(hashKey(key), 'hex'), this.viewHash)) {
      this.ctx.limiter.take(`view:${this.viewHash.toString('hex')}`);
      return { kind: 'view' };
    }
    const owner = await this.ctx.keys.check(req);
    this.ctx.limiter.take(owner);
    return { kind: 'key', owner };
  }
}
