/**
 * Wires one coordinator: Redis (embedded unless REDIS_URL), the blob store, the libp2p node with
 * the task and blob protocols, the engine and its BullMQ session queue, and the HTTP API.
 */
import { mkdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import { Queue, Worker as QueueWorker } from 'bullmq';

import { createLogger, type Logger } from '../common/index.js';
import { createNode, type WholesumNode } from '../protocol/index.js';
import { ApiKeys, createApi, enqueue } from './api/index.js';
import { RateLimiter } from './api/ratelimit.js';
import { BlobServer } from './blob-server.js';
import { BlobStore } from './blobstore.js';
import { Dispatcher } from './dispatcher.js';
import { Assigner } from './assign.js';
import { Engine } from './engine.js';
import { Executor } from './execution.js';
import { Holdings } from './holdings.js';
import { Jobs } from './jobs.js';
import { LeaseBook } from './leases.js';
import { Notes } from './notes.js';
import { Repairer } from './repair.js';
import { Results } from './results.js';
import { Metrics } from './metrics.js';
import { migrateHoldings } from './migrate.js';
import type { CoordinatorOptions } from './options.js';
import { PeerPolicy } from './peers.js';
import { Pool } from './pool.js';
import { Quotas } from './quotas.js';
import { TERMINAL } from './records.js';
import { startRedis } from './redis.js';
import { Store } from './store.js';
import { Trust } from './trust.js';

export const QUEUE = 'wholesum-sessions';

export interface Coordinator {
  /** Base URL of the HTTP API. */
  url: string;
  /** Multiaddrs workers dial (with /p2p/<peer id>). */
  multiaddrs: string[];
  /** The key made at first start (only then; it is stored nowhere in the clear). */
  createdApiKey?: string;
  node: WholesumNode;
  engine: Engine;
  store: Store;
  stop(): Promise<void>;
}

export async function startCoordinator(opts: CoordinatorOptions, log: Logger = createLogger('coordinator', opts.log)): Promise<Coordinator> {
  await mkdir(opts.dataDir, { recursive: true });
  const tmpDir = join(opts.dataDir, 'tmp');
  await rm(tmpDir, { recursive: true, force: true });
  await mkdir(tmpDir, { recursive: true });
  const redis = await startRedis({ redisUrl: opts.redisUrl, dataDir: opts.dataDir }, log.child('redis'));
  const store = new Store(redis.connection());
  const blobs = new BlobStore(join(opts.dataDir, 'blobs'));
  const metrics = new Metrics();
  const notes = new Notes(store, log.child('engine'));
  const book = new LeaseBook(opts, metrics, notes);
  const pool = new Pool(store, opts.banAfterFaults, log.child('pool'), (peer) => book.held(peer));
  const trust = new Trust(
    opts,
    (peer) => book.held(peer),
    () => pool.live(),
  );
  const jobs = new Jobs();
  const holdings = new Holdings(store, blobs, jobs, opts.maxStoragePerKey);
  const workDir = join(opts.dataDir, 'jobs');
  const executor = new Executor({ opts, store, blobs, holdings, pool, trust, book, metrics, notes, workDir });
  const repairer = new Repairer({ blobs, book, executor, metrics, notes });
  const engine = new Engine({ store, blobs, holdings, pool, jobs, book, executor, repairer, metrics, notes, log: log.child('engine'), workDir });
  const assigner = new Assigner({ jobs, book, pool, blobs, metrics, notes, trust, hedgeAfter: opts.hedgeAfter });
  const results = new Results({ jobs, book, pool, blobs, repairer, trust, metrics, notes, log: log.child('results'), maxTaskAttempts: opts.maxTaskAttempts });

  // The gater asks the blob server about flooders; connections may come before it exists.
  let blobServer: BlobServer | undefined;
  const node = await createNode({
    role: 'coordinator',
    dataDir: opts.dataDir,
    listen: opts.listen,
    maxConnections: opts.maxConnections,
    maxPendingConnections: opts.maxPendingConnections,
    maxConnectionsPerIp: opts.maxConnectionsPerIp,
    inboundDialsPerIp: opts.inboundDialsPerIp,
    denyPeer: (peer) => blobServer?.isBlocked(peer) ?? false,
  });
  blobServer = new BlobServer({ node, blobs, book, metrics, maxStreamsPerPeer: opts.maxBlobStreamsPerPeer });
  await blobServer.start();
  const peers = new PeerPolicy(opts, node.peerId.toString());
  await new Dispatcher({ node, assigner, book, results, pool, peers, trust, metrics, log: log.child('dispatch'), heartbeatMs: opts.heartbeatMs }).start();

  // Before anything can start or finish a session, and before the API answers, since
  // --max-sessions-per-key counts from these sets, and deletes and --max-storage-per-key from the holdings.
  await migrateHoldings(store, log);
  const running = [];
  for (const id of await store.listSessions(10_000)) {
    const s = await store.getSession(id);
    if (s && !TERMINAL.includes(s.status)) running.push(s);
  }
  await store.reconcileRunning(running);

  const queue = new Queue(QUEUE, { connection: redis.connection() });
  const quotas = new Quotas(store, opts);
  // A queued session whose key used up its cycle budget meanwhile fails instead of starting.
  const startSession = async (id: string) => {
    const s = await store.getSession(id);
    const refused = s && (await quotas.refuseStart(s));
    if (refused) return engine.finish(s, 'FAILED', refused);
    return engine.runSession(id);
  };
  // A session is one BullMQ job; its lock is renewed while this process lives, so after a crash
  // the job is re-run (resuming from the task records) once the lock lapses.
  const runner = new QueueWorker(QUEUE, async (job) => startSession(String(job.data.sessionId)), {
    connection: redis.connection(),
    concurrency: opts.maxConcurrentJobs,
    lockDuration: 15_000,
    stalledInterval: 5_000,
    maxStalledCount: 1_000_000,
  });
  runner.on('error', (e) => log.warn('session queue error', { error: e.message }));

  let baseUrl = '';
  const keys = new ApiKeys(opts.apiKeys, store);
  keys.warnClearFile(opts.dataDir, log);
  const createdApiKey = await keys.ensureOne(log);
  const server = createApi(
    {
      opts,
      // Behind a wildcard bind the listen address is no address at all: answer with the one the client used.
      baseUrl: (req) => opts.publicUrl || (typeof req.headers.host === 'string' && /^[\w.:[\]-]{1,300}$/.test(req.headers.host) ? `http://${req.headers.host}` : baseUrl),
      store,
      blobs,
      holdings,
      engine,
      pool,
      leases: book,
      metrics,
      keys,
      queue,
      tmpDir,
      log: log.child('api'),
      limiter: new RateLimiter(opts.rateLimit, opts.rateBurst),
      quotas,
    },
    log.child('http'),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.httpPort, opts.httpHost, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = opts.publicUrl || `http://${opts.httpHost.includes(':') ? `[${opts.httpHost}]` : opts.httpHost}:${port}`;

  // Whatever BullMQ holds, every RUNNING session gets a queue entry (an existing id is a no-op).
  for (const s of running) await enqueue(queue, s);

  const multiaddrs = node.getMultiaddrs().map((m) => m.toString());
  log.info('coordinator ready', { api: baseUrl, peer: node.peerId.toString(), multiaddrs, redis: redis.url });
  let stopped = false;
  return {
    url: baseUrl,
    multiaddrs,
    createdApiKey,
    node,
    engine,
    store,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      engine.shutdown();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await runner.close(true).catch(() => undefined);
      await queue.close().catch(() => undefined);
      await node.stop();
      await redis.stop();
    },
  };
}
