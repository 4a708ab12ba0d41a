/**
 * api/: the coordinator's HTTP surface. bonsai.ts holds the Bonsai-compatible routes (a stock RISC
 * Zero client works unchanged), native.ts the job detail, worker list, /metrics and /health;
 * http.ts the router and bounded body reading; auth.ts the hashed API keys. The live dashboard's
 * page and feed (../dashboard/) are served on the same router.
 */
import type { Server } from 'node:http';

import type { Logger } from '../../common/index.js';
import { dashboardRoutes } from '../dashboard/index.js';
import { bonsaiRoutes } from './bonsai.js';
import type { ApiContext } from './context.js';
import { Router, serve } from './http.js';
import { nativeRoutes } from './native.js';

export { ApiKeys, hashKey } from './auth.js';
export { enqueue, newSession, RISC0_VERSION } from './bonsai.js';
export type { ApiContext } from './context.js';

export function createApi(ctx: ApiContext, log: Logger): Server {
  const r = new Router();
  bonsaiRoutes(r, ctx);
  nativeRoutes(r, ctx);
  dashboardRoutes(r, ctx);
  return serve(r, log);
}
