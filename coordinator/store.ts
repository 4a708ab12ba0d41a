/**
 * Durable state in Redis. Every key is under `ws:`; task ids are deterministic within a job, so
 * writing a task twice (a retry, a restart) overwrites instead of duplicating. Single writer: the
 * coordinator process that owns this Redis.
 */
import type { Redis } from 'ioredis';

import type { ImageRecord, InputRecord, SessionRecord, TaskRecord, WorkerRecord } from './records.js';

export const K = {
  session: (id: string) => `ws:session:${id}`,
  sessions: 'ws:sessions',
  tasks: (sid: string) => `ws:tasks:${sid}`,
  logs: (sid: string) => `ws:logs:${sid}`,
  stop: (sid: string) => `ws:stop:${sid}`,
  image: (id: string) => `ws:image:${id}`,
  /** The keys that hold an image: key hash → bytes charged to it (holdings.ts). */
  imageOwners: (id: string) => `ws:image-owners:${id}`,
  input: (id: string) => `ws:input:${id}`,
  /** Who needs a blob kept: image:<id>, input:<uuid>, session:<id> (running), receipt:<id> (holdings.ts). */
  blobRefs: (sha: string) => `ws:blob-refs:${sha}`,
  /** Bytes of images and inputs a key holds (--max-storage-per-key). */
  storage: (owner: string) => `ws:storage:${owner}`,
  /** Set once a session's spent cycles were added to its owner's usage. */
  charged: (sid: string) => `ws:charged:${sid}`,
  /** Set once holdings and blob references were built from records older than them (migrate.ts). */
  holdingsVersion: 'ws:holdings-version',
  worker: (peer: string) => `ws:worker:${peer}`,
  usage: (owner: string) => `ws:usage:${owner}`,
  /** The owner's RUNNING sessions, kept in step with the records by every session write. */
  running: (owner: string) => `ws:running:${owner}`,
  apiKeys: 'ws:apikeys',
  /** A job's segment counts per po2 and its user cycles, by guest and input (preflight.ts). */
  preflight: (imageSha: string, inputSha: string) => `ws:preflight:${imageSha}:${inputSha}`,
};

const MAX_LOG_LINES = 2000;

export interface Admission {
  /** `sessions`: at --max-sessions-per-key; `cycles`: usage at --cycle-budget. */
  verdict: 'ok' | 'sessions' | 'cycles';
  /** Running sessions (ok, sessions) or cycles used (cycles). */
  count: number;
}

/** Blob references a session and its receipt hold (see K.blobRefs). */
export const sessionRef = (id: string) => `session:${id}`;
export const receiptRef = (id: string) => `receipt:${id}`;

/** The blobs a prove session needs until it ends: its guest and its input. */
export const sessionBlobs = (s: SessionRecord): string[] => (s.kind === 'prove' ? [s.imageSha, s.inputSha].filter((x): x is string => !!x) : []);

// KEYS: session, sessions index, owner's running set, owner's usage, then the blobs' reference sets.
// ARGV: record, queued ms, id, max running (0: any), cycle budget (0: any), the session's blob reference.
const ADMIT = `
local running = redis.call('SCARD', KEYS[3])
local maxRunning = tonumber(ARGV[4])
if maxRunning > 0 and running >= maxRunning then return {'sessions', running} end
local used = tonumber(redis.call('GET', KEYS[4]) or '0')
local budget = tonumber(ARGV[5])
if budget > 0 and used >= budget then return {'cycles', used} end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
redis.call('SADD', KEYS[3], ARGV[3])
for i = 5, #KEYS do redis.call('SADD', KEYS[i], ARGV[6]) end
return {'ok', running + 1}
`;

// KEYS: the session's charged marker, its owner's usage. ARGV: cycles. 1 when this call charged them.
const CHARGE = `
if not redis.call('SET', KEYS[1], ARGV[1], 'NX') then return 0 end
redis.call('INCRBY', KEYS[2], ARGV[1])
return 1
`;

export class Store {
  constructor(readonly redis: Redis) {}

  private async getJson<T>(key: string): Promise<T | undefined> {
    const s = await this.redis.get(key);
    return s ? (JSON.parse(s) as T) : undefined;
  }

  // ---- sessions ----
  getSession(id: string): Promise<SessionRecord | undefined> {
    return this.getJson(K.session(id));
  }
  async putSession(s: SessionRecord): Promise<void> {
    const m = this.redis.multi().set(K.session(s.id), JSON.stringify(s)).zadd(K.sessions, s.times.queued, s.id);
    if (s.status === 'RUNNING') {
      m.sadd(K.running(s.owner), s.id);
    } else {
      // With the terminal status, in one step: the session no longer needs its guest and input
      // (holdings.ts removes them once nothing else does), and its receipt is kept for good.
      m.srem(K.running(s.owner), s.id);
      for (const sha of sessionBlobs(s)) m.srem(K.blobRefs(sha), sessionRef(s.id));
      if (s.receiptSha) m.sadd(K.blobRefs(s.receiptSha), receiptRef(s.id));
    }
    await m.exec();
  }

  /**
   * Writes a new session unless its owner is at a quota (0: none), in one script so parallel
   * creates cannot all slip under a limit, and marks its guest and input blobs as needed by it.
   * Returns what stopped it, with the count that did.
   */
  async admitSession(s: SessionRecord, limits: { maxRunning: number; cycleBudget: number }): Promise<Admission> {
    const refs = sessionBlobs(s).map(K.blobRefs);
    const [verdict, n] = (await this.redis.eval(
      ADMIT,
      4 + refs.length,
      K.session(s.id),
      K.sessions,
      K.running(s.owner),
      K.usage(s.owner),
      ...refs,
      JSON.stringify(s),
      s.times.queued,
      s.id,
      limits.maxRunning,
      limits.cycleBudget,
      sessionRef(s.id),
    )) as [Admission['verdict'], number];
    return { verdict, count: Number(n) };
  }

  runningCount(owner: string): Promise<number> {
    return this.redis.scard(K.running(owner));
  }

  /**
   * At start: the per-owner running sets agree with the records again (sessions written before the
   * sets existed, or a set edited by hand). `running`: every RUNNING session record.
   */
  async reconcileRunning(running: SessionRecord[]): Promise<void> {
    const keep = new Set(running.map((s) => s.id));
    for (const key of await this.scanKeys(K.running('*'))) {
      for (const id of await this.redis.smembers(key)) if (!keep.has(id)) await this.redis.srem(key, id);
    }
    for (const s of running) await this.redis.sadd(K.running(s.owner), s.id);
  }

  async scanKeys(pattern: string): Promise<string[]> {
    const out: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      out.push(...keys);
      cursor = next;
    } while (cursor !== '0');
    return out;
  }
  async listSessions(limit = 100): Promise<string[]> {
    return this.redis.zrevrange(K.sessions, 0, limit - 1);
  }
  async requestStop(id: string): Promise<void> {
    await this.redis.set(K.stop(id), '1');
  }
  async stopRequested(id: string): Promise<boolean> {
    return (await this.redis.exists(K.stop(id))) === 1;
  }

  // ---- tasks ----
  async getTasks(sid: string): Promise<Map<string, TaskRecord>> {
    const all = await this.redis.hgetall(K.tasks(sid));
    return new Map(Object.entries(all).map(([k, v]) => [k, JSON.parse(v) as TaskRecord]));
  }
  async putTask(sid: string, t: TaskRecord): Promise<void> {
    await this.redis.hset(K.tasks(sid), t.id, JSON.stringify(t));
  }
  async deleteTask(sid: string, taskId: string): Promise<void> {
    await this.redis.hdel(K.tasks(sid), taskId);
  }

  // ---- logs ----
  async log(sid: string, line: string): Promise<void> {
    await this.redis.multi().rpush(K.logs(sid), `${new Date().toISOString()} ${line}`).ltrim(K.logs(sid), -MAX_LOG_LINES, -1).exec();
  }
  logs(sid: string): Promise<string[]> {
    return this.redis.lrange(K.logs(sid), 0, -1);
  }

  // ---- images and inputs (their writes with references and storage: holdings.ts) ----
  getImage(id: string): Promise<ImageRecord | undefined> {
    return this.getJson(K.image(id));
  }
  getInput(id: string): Promise<InputRecord | undefined> {
    return this.getJson(K.input(id));
  }
  /** A new upload url's record, before any bytes (holding nothing yet). */
  async putInput(r: InputRecord): Promise<void> {
    await this.redis.set(K.input(r.id), JSON.stringify(r));
  }

  // ---- workers ----
  getWorker(peer: string): Promise<WorkerRecord | undefined> {
    return this.getJson(K.worker(peer));
  }
  async putWorker(w: WorkerRecord): Promise<void> {
    await this.redis.set(K.worker(w.peer), JSON.stringify(w));
  }

  // ---- usage ----
  /**
   * Adds a session's cycles to its owner's usage unless they were added before (a resumed or
   * re-executed session is charged once); marker and usage change in one script. True: charged now.
   */
  async chargeCycles(s: SessionRecord, cycles: number): Promise<boolean> {
    return (await this.redis.eval(CHARGE, 2, K.charged(s.id), K.usage(s.owner), cycles)) === 1;
  }
  async cycleUsage(owner: string): Promise<number> {
    return Number((await this.redis.get(K.usage(owner))) ?? 0);
  }
  async storageUsage(owner: string): Promise<number> {
    return Number((await this.redis.get(K.storage(owner))) ?? 0);
  }

  // ---- api keys (sha256 only) ----
  async addApiKeyHash(hash: string): Promise<void> {
    await this.redis.sadd(K.apiKeys, hash);
  }
  async hasApiKeyHash(hash: string): Promise<boolean> {
    return (await this.redis.sismember(K.apiKeys, hash)) === 1;
  }
  async apiKeyCount(): Promise<number> {
    return this.redis.scard(K.apiKeys);
  }
}
