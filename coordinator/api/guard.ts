/**
 * The gate in front of every keyed route: who is calling (auth.ts), then whether that key may make
 * another request now (ratelimit.ts). Rate limiting after auth keeps buckets to real keys only.
 */
import type { ApiContext } from './context.js';
import type { Handler, Reply, Request } from './http.js';

export type KeyedHandler = (req: Request, owner: string) => Promise<Reply>;

export function guard(ctx: Pick<ApiContext, 'keys' | 'limiter'>): (h: KeyedHandler) => Handler {
  return (h) => async (req) => {
    const owner = await ctx.keys.check(req);
    ctx.limiter.take(owner);
    return h(req, owner);
  };
}
