import type { Queue } from 'bullmq';

import type { BlobStore } from '../blobstore.js';
import type { Engine } from '../engine.js';
import type { Holdings } from '../holdings.js';
import type { LeaseBook } from '../leases.js';
import type { Logger } from '../../common/index.js';
import type { Metrics } from '../metrics.js';
import type { CoordinatorOptions } from '../options.js';
import type { Pool } from '../pool.js';
import type { Quotas } from '../quotas.js';
import type { Store } from '../store.js';
import type { ApiKeys } from './auth.js';
import type { Request } from './http.js';
import type { RateLimiter } from './ratelimit.js';

/** What the routes work with. */
export interface ApiContext {
  opts: CoordinatorOptions;
  /** Base of the URLs handed to clients (uploads, receipts): --public-url, else the Host the client used. */
  baseUrl: (req: Request) => string;
  store: Store;
  blobs: BlobStore;
  /** Per-key image references, inputs, stored bytes (--max-storage-per-key), blob removal. */
  holdings: Holdings;
  engine: Engine;
  pool: Pool;
  leases: LeaseBook;
  metrics: Metrics;
  keys: ApiKeys;
  /** Per-key request rate (--rate-limit, --rate-burst). */
  limiter: RateLimiter;
  /** Per-key session and cycle quotas. */
  quotas: Quotas;
  queue: Queue;
  tmpDir: string;
  log: Logger;
}
