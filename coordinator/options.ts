/**
 * Every coordinator option, its default, its CLI flag and its environment variable, in one place.
 * `wholesum-coordinator --help` prints this table.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { peerIdFromString } from '@libp2p/peer-id';

import { helpText as tableHelp, int, list, num, OptionsError, readOptions, type Spec } from '../common/index.js';
import { MAX_PO2, MIN_PO2, PATHOLOGICAL_PO2S } from '../protocol/index.js';

export { OptionsError };

export interface CoordinatorOptions {
  dataDir: string;
  /** HTTP API (Bonsai-compatible and native routes). */
  httpHost: string;
  httpPort: number;
  /** The base URL clients reach the API at (upload and receipt URLs are built from it). */
  publicUrl: string;
  /** libp2p listen multiaddrs, comma separated. */
  listen: string[];
  /** Where the address workers dial is written at start ('': <data dir>/worker-address). */
  addressFile: string;
  /** Empty: start a private redis-server (AOF on) under the data dir. */
  redisUrl: string;
  /** Comma separated keys accepted in `x-api-key`; empty: keys live in Redis (one is made at first start). */
  apiKeys: string[];
  /** A read-only key for the dashboard only (GET /dashboard's feed): the pool and every job, no blobs ('': none). */
  viewKey: string;
  maxImageBytes: number;
  maxInputBytes: number;
  /** Execution stops (and the session fails) beyond this many cycles. */
  cycleLimit: number;
  /** 0: choose per job from the live pool; otherwise every job uses this segment po2. */
  segmentPo2: number;
  /** Upper bound for chosen po2s (bigger segments lengthen latency). */
  maxPo2: number;
  /**
   * The planner executes a job of at most this many user cycles at every candidate po2 first, and a
   * larger one once (scaling its segment count to the others), to choose the po2 with the lowest
   * predicted latency (0: no preflight; the largest po2 the pool holds).
   */
  preflightCycles: number;
  /** Jobs proved at the same time; later ones wait in the queue. */
  maxConcurrentJobs: number;
  /** Heartbeat interval asked of workers; a lease is lost after 3 missed beats. */
  heartbeatMs: number;
  /** A lease may run this many times the worker's own expected duration before it is taken back. */
  leaseSlack: number;
  /** Bad results (forged or broken receipts) after which a worker gets no more work. */
  banAfterFaults: number;
  /** Tries of one task (across workers) before its job fails. */
  maxTaskAttempts: number;
  /** An idle worker duplicates a straggler's task once it runs this many times late (0: never hedge). */
  hedgeAfter: number;
  /** Wait at most this long for any worker before planning a job anyway. */
  poolWaitMs: number;
  /** libp2p: connections kept at most, and connections still in their handshake at once. */
  maxConnections: number;
  maxPendingConnections: number;
  /** Requests per second per API key (0: no limit), and how many may come at once. */
  rateLimit: number;
  rateBurst: number;
  /** Sessions one key may have running at once (0: no limit beyond --max-concurrent-jobs queueing). */
  maxSessionsPerKey: number;
  /** Cycles one key may use in all (0: no limit); a key over it starts no new prove session. */
  cycleBudget: number;
  /** Bytes of images and inputs one key may hold at once (0: no limit); deletes free them. */
  maxStoragePerKey: number;
  /** Trust model (trust.ts): tasks one worker may hold at most; new workers holding tasks per address. */
  maxLeasesPerPeer: number;
  maxNewPeersPerIp: number;
  /** libp2p: inbound connections from one address at once (0: no limit). */
  maxConnectionsPerIp: number;
  /** New inbound connections one address may open per second. */
  inboundDialsPerIp: number;
  /** Blob protocol: fetches one worker may run at once. */
  maxBlobStreamsPerPeer: number;
  /** Worker peer ids that may take work (empty: any). */
  allowPeers: string[];
  /** Private pool: only workers proving one of these tokens take work (empty: any). */
  workerTokens: string[];
  /** Workers below this reputation (0..1) get no work once they have a history (0: off). */
  minReputation: number;
  log: 'json' | 'text';
}

const MIB = 2 ** 20;
const GIB = 2 ** 30;

export const SPECS: Record<keyof CoordinatorOptions, Spec> = {
  dataDir: { flag: 'data-dir', env: 'WHOLESUM_DATA_DIR', help: 'identity, blobs, embedded Redis', default: () => join(homedir(), '.wholesum', 'coordinator') },
  httpHost: { flag: 'http-host', env: 'WHOLESUM_HTTP_HOST', help: 'HTTP listen address', default: () => '127.0.0.1' },
  httpPort: { flag: 'http-port', env: 'WHOLESUM_HTTP_PORT', help: 'HTTP port (0: any free port)', default: () => '8080' },
  publicUrl: { flag: 'public-url', env: 'WHOLESUM_PUBLIC_URL', help: 'base URL clients use (default http://host:port)', default: () => '' },
  listen: { flag: 'listen', env: 'WHOLESUM_LISTEN', help: 'libp2p multiaddrs workers dial', default: () => '/ip4/0.0.0.0/tcp/7300' },
  addressFile: { flag: 'address-file', env: 'WHOLESUM_ADDRESS_FILE', help: 'file the worker address is written to at start, for supervisors (default: <data dir>/worker-address)', default: () => '' },
  redisUrl: { flag: 'redis-url', env: 'REDIS_URL', help: 'Redis to keep job state in (default: embedded redis-server)', default: () => '' },
  apiKeys: { flag: 'api-keys', env: 'WHOLESUM_API_KEYS', help: 'accepted x-api-key values, comma separated', default: () => '' },
  viewKey: {
    flag: 'view-key',
    env: 'WHOLESUM_VIEW_KEY',
    help: 'read-only key for the live dashboard (/dashboard#key=…): the pool and every job, nothing else of the API (empty: API keys only)',
    default: () => '',
  },
  maxImageBytes: { flag: 'max-image-bytes', env: 'WHOLESUM_MAX_IMAGE_BYTES', help: 'largest guest upload', default: () => String(64 * MIB) },
  maxInputBytes: { flag: 'max-input-bytes', env: 'WHOLESUM_MAX_INPUT_BYTES', help: 'largest input upload', default: () => String(32 * MIB) },
  cycleLimit: { flag: 'cycle-limit', env: 'WHOLESUM_CYCLE_LIMIT', help: 'execution cycle limit per session', default: () => String(2 ** 32) },
  segmentPo2: { flag: 'segment-po2', env: 'WHOLESUM_SEGMENT_PO2', help: 'fixed segment po2 (0: plan from the pool)', default: () => '0' },
  maxPo2: { flag: 'max-po2', env: 'WHOLESUM_MAX_PO2', help: 'largest segment po2 the planner picks', default: () => '20' },
  preflightCycles: {
    flag: 'preflight-cycles',
    env: 'WHOLESUM_PREFLIGHT_CYCLES',
    help: 'jobs up to this many user cycles are executed at every candidate po2 before planning, larger ones once, to pick the fastest po2 (0: no preflight)',
    default: () => String(2 ** 24),
  },
  maxConcurrentJobs: { flag: 'max-concurrent-jobs', env: 'WHOLESUM_MAX_CONCURRENT_JOBS', help: 'jobs in progress at once', default: () => '4' },
  heartbeatMs: { flag: 'heartbeat-ms', env: 'WHOLESUM_HEARTBEAT_MS', help: 'worker heartbeat interval', default: () => '5000' },
  leaseSlack: { flag: 'lease-slack', env: 'WHOLESUM_LEASE_SLACK', help: 'lease = slack × the worker’s expected task time', default: () => '4' },
  banAfterFaults: { flag: 'ban-after-faults', env: 'WHOLESUM_BAN_AFTER_FAULTS', help: 'invalid results before a worker is banned', default: () => '3' },
  maxTaskAttempts: { flag: 'max-task-attempts', env: 'WHOLESUM_MAX_TASK_ATTEMPTS', help: 'tries of one task before its job fails', default: () => '8' },
  hedgeAfter: {
    flag: 'hedge-after',
    env: 'WHOLESUM_HEDGE_AFTER',
    help: 'an idle worker duplicates a task running this × its expected time, or this × slower than the idle worker would be (0: no hedging)',
    default: () => '2',
  },
  poolWaitMs: { flag: 'pool-wait-ms', env: 'WHOLESUM_POOL_WAIT_MS', help: 'wait for workers before planning', default: () => '30000' },
  maxConnections: { flag: 'max-connections', env: 'WHOLESUM_MAX_CONNECTIONS', help: 'libp2p connections kept at most (workers, DHT peers)', default: () => '1024' },
  maxPendingConnections: {
    flag: 'max-pending-connections',
    env: 'WHOLESUM_MAX_PENDING_CONNECTIONS',
    help: 'inbound libp2p connections still in their handshake at once; more are dropped (workers dial again)',
    default: () => '32',
  },
  rateLimit: { flag: 'rate-limit', env: 'WHOLESUM_RATE_LIMIT', help: 'API requests per second per key (0: no limit); over it: 429 rate_limited with retry-after', default: () => '50' },
  rateBurst: { flag: 'rate-burst', env: 'WHOLESUM_RATE_BURST', help: 'API requests a key may make at once before --rate-limit applies', default: () => '200' },
  maxSessionsPerKey: {
    flag: 'max-sessions-per-key',
    env: 'WHOLESUM_MAX_SESSIONS_PER_KEY',
    help: 'sessions one key may have running at once (0: no limit); over it: 429 quota_exceeded',
    default: () => '0',
  },
  cycleBudget: { flag: 'cycle-budget', env: 'WHOLESUM_CYCLE_BUDGET', help: 'cycles one key may use in all (0: no limit); once used up: 403 quota_exceeded', default: () => '0' },
  maxStoragePerKey: {
    flag: 'max-storage-per-key',
    env: 'WHOLESUM_MAX_STORAGE_PER_KEY',
    help: 'bytes of images and inputs one key may hold (0: no limit); an upload past it: 413 storage_quota_exceeded, and deletes free the space',
    default: () => String(10 * GIB),
  },
  maxLeasesPerPeer: {
    flag: 'max-leases-per-peer',
    env: 'WHOLESUM_MAX_LEASES_PER_PEER',
    help: 'tasks one worker may hold at once, however many verified results it has (a new one: 1)',
    default: () => '8',
  },
  maxNewPeersPerIp: {
    flag: 'max-new-peers-per-ip',
    env: 'WHOLESUM_MAX_NEW_PEERS_PER_IP',
    help: 'workers with no verified result yet that may hold tasks at once from one address (IPv6: one /64)',
    default: () => '4',
  },
  maxConnectionsPerIp: {
    flag: 'max-connections-per-ip',
    env: 'WHOLESUM_MAX_CONNECTIONS_PER_IP',
    help: 'inbound libp2p connections from one address (IPv6: one /64) at once (0: no limit)',
    default: () => '64',
  },
  inboundDialsPerIp: {
    flag: 'inbound-dials-per-ip',
    env: 'WHOLESUM_INBOUND_DIALS_PER_IP',
    help: 'new inbound libp2p connections one address may open per second; the rest are reset and dial again (many workers behind one NAT starting at once: raise it)',
    default: () => '5',
  },
  maxBlobStreamsPerPeer: {
    flag: 'max-blob-streams-per-peer',
    env: 'WHOLESUM_MAX_BLOB_STREAMS_PER_PEER',
    help: 'blobs one worker may fetch at once (streamed from disk: ~2 MiB of memory each); keep it ≥ 2 × --max-leases-per-peer (a join has two inputs)',
    default: () => '16',
  },
  workerTokens: {
    flag: 'worker-tokens',
    env: 'WHOLESUM_WORKER_TOKENS',
    help: 'private pool: only workers that prove one of these tokens (comma separated; their WHOLESUM_TOKEN) take work (empty: any)',
    default: () => '',
  },
  allowPeers: { flag: 'allow-peers', env: 'WHOLESUM_ALLOW_PEERS', help: 'worker peer ids allowed to take work, comma separated (empty: any)', default: () => '' },
  minReputation: { flag: 'min-reputation', env: 'WHOLESUM_MIN_REPUTATION', help: 'workers below this reputation (0..1) after 3 results get no work (0: off)', default: () => '0' },
  log: { flag: 'log', env: 'WHOLESUM_LOG', help: 'json | text', default: () => 'json' },
};

export function helpText(): string {
  return tableHelp('wholesum-coordinator [options]', SPECS);
}

export function loadOptions(argv: string[] = [], env: NodeJS.ProcessEnv = process.env, overrides: Partial<CoordinatorOptions> = {}): CoordinatorOptions {
  const raw = readOptions(SPECS, argv, env);
  const log = raw('log');
  if (log !== 'json' && log !== 'text') throw new OptionsError('--log must be json or text');
  const segmentPo2 = int(raw('segmentPo2'), 'segment-po2', 0, MAX_PO2);
  if (segmentPo2 !== 0 && (segmentPo2 < MIN_PO2 || PATHOLOGICAL_PO2S.includes(segmentPo2))) {
    throw new OptionsError(`--segment-po2 must be 0 (planned), or ${MIN_PO2}..${MAX_PO2} but not ${PATHOLOGICAL_PO2S.join(' or ')} (those split pathologically)`);
  }
  const hedge = Number(raw('hedgeAfter'));
  if (!(hedge === 0 || (hedge >= 1 && hedge <= 100))) throw new OptionsError('--hedge-after must be 0 (off) or a number in [1, 100]');
  const slack = Number(raw('leaseSlack'));
  if (!(slack >= 1 && slack <= 100)) throw new OptionsError('--lease-slack must be a number in [1, 100]');
  const rateLimit = num(raw('rateLimit'), 'rate-limit', 0, 1e6);
  const minReputation = num(raw('minReputation'), 'min-reputation', 0, 1);
  const allowPeers = list(raw('allowPeers'));
  for (const p of allowPeers) {
    try {
      peerIdFromString(p);
    } catch {
      throw new OptionsError(`--allow-peers: "${p.slice(0, 100)}" is not a libp2p peer id (a worker logs its own at start, as "peer identity")`);
    }
  }
  const o: CoordinatorOptions = {
    dataDir: raw('dataDir'),
    httpHost: raw('httpHost'),
    httpPort: int(raw('httpPort'), 'http-port', 0, 65535),
    publicUrl: raw('publicUrl').replace(/\/+$/, ''),
    listen: list(raw('listen')),
    addressFile: raw('addressFile'),
    redisUrl: raw('redisUrl'),
    apiKeys: list(raw('apiKeys')),
    viewKey: raw('viewKey'),
    maxImageBytes: int(raw('maxImageBytes'), 'max-image-bytes', 1024, 2 ** 31),
    maxInputBytes: int(raw('maxInputBytes'), 'max-input-bytes', 0, 2 ** 31),
    cycleLimit: int(raw('cycleLimit'), 'cycle-limit', 1, Number.MAX_SAFE_INTEGER),
    segmentPo2,
    maxPo2: int(raw('maxPo2'), 'max-po2', MIN_PO2, MAX_PO2),
    preflightCycles: int(raw('preflightCycles'), 'preflight-cycles', 0, Number.MAX_SAFE_INTEGER),
    maxConcurrentJobs: int(raw('maxConcurrentJobs'), 'max-concurrent-jobs', 1, 1000),
    heartbeatMs: int(raw('heartbeatMs'), 'heartbeat-ms', 1000, 600_000),
    leaseSlack: slack,
    banAfterFaults: int(raw('banAfterFaults'), 'ban-after-faults', 1, 1000),
    maxTaskAttempts: int(raw('maxTaskAttempts'), 'max-task-attempts', 1, 1000),
    hedgeAfter: hedge,
    poolWaitMs: int(raw('poolWaitMs'), 'pool-wait-ms', 0, 86_400_000),
    maxConnections: int(raw('maxConnections'), 'max-connections', 1, 1_000_000),
    maxPendingConnections: int(raw('maxPendingConnections'), 'max-pending-connections', 1, 10_000),
    rateLimit,
    rateBurst: int(raw('rateBurst'), 'rate-burst', 1, 1_000_000),
    maxSessionsPerKey: int(raw('maxSessionsPerKey'), 'max-sessions-per-key', 0, 1_000_000),
    cycleBudget: int(raw('cycleBudget'), 'cycle-budget', 0, Number.MAX_SAFE_INTEGER),
    maxStoragePerKey: int(raw('maxStoragePerKey'), 'max-storage-per-key', 0, Number.MAX_SAFE_INTEGER),
    maxLeasesPerPeer: int(raw('maxLeasesPerPeer'), 'max-leases-per-peer', 1, 1000),
    maxNewPeersPerIp: int(raw('maxNewPeersPerIp'), 'max-new-peers-per-ip', 1, 1_000_000),
    maxConnectionsPerIp: int(raw('maxConnectionsPerIp'), 'max-connections-per-ip', 0, 1_000_000),
    inboundDialsPerIp: int(raw('inboundDialsPerIp'), 'inbound-dials-per-ip', 1, 1_000_000),
    maxBlobStreamsPerPeer: int(raw('maxBlobStreamsPerPeer'), 'max-blob-streams-per-peer', 1, 64),
    allowPeers,
    workerTokens: list(raw('workerTokens')),
    minReputation,
    log,
  };
  return { ...o, ...overrides };
}
