/**
 * A coordinator mid-job with nothing proved, for the dashboard's tests. Real code paths
 * throughout: the state is written with the coordinator's own Store and BlobStore into its
 * embedded Redis (as an earlier run would have left it), then a real coordinator starts on it and
 * resumes the running job (it was executed, so it goes straight to proving; the ready join is
 * created by the job itself), and real libp2p peers speaking the worker protocol ask for work and
 * hold their leases with heartbeats. The only thing not real is that no receipt is ever produced.
 *
 * Three jobs: RUNNING (key A: 12 segments, 8 proved and 4 joins verified, the rest leased or
 * queued), SUCCEEDED (key A, 25 minutes ago, partly by a worker that has left) and FAILED (key B,
 * with an error message full of HTML). Four peers: three verified (with measured times) and one on
 * probation that names its CPU with an HTML injection.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { join } from 'node:path';

import { generateKeyPair } from '@libp2p/crypto/keys';
import { peerIdFromPrivateKey } from '@libp2p/peer-id';
import { multiaddr } from '@multiformats/multiaddr';

import { createLogger } from '../../common/index.js';
import { type Bodies, createNode, openTaskChannel, requestWork, sendHeartbeat, type WholesumNode } from '../../protocol/index.js';
import { BlobStore } from '../blobstore.js';
import { type Coordinator, startCoordinator } from '../coordinator.js';
import { loadOptions } from '../options.js';
import type { SessionRecord, TaskRecord, WorkerRecord } from '../records.js';
import { startRedis } from '../redis.js';
import { Store } from '../store.js';
import { hashKey } from '../api/auth.js';

export const HOSTILE_CPU = '<img src=x onerror="document.body.dataset.pwned=1">Evil CPU & co';
export const HOSTILE_ERROR = 'guest_panicked: <script>document.body.dataset.pwned=2</script><b>bold</b> & done';
export const KEYS = { view: 'view-secret-key', a: 'key-a', b: 'key-b' };

/** A peer that asks for work and holds what it gets with heartbeats, proving nothing. */
export class Holder {
  leases: string[] = [];
  private stopped = false;
  private loop?: Promise<void>;

  constructor(
    readonly node: WholesumNode,
    readonly capacity: Parameters<typeof requestWork>[1],
  ) {}

  get peer(): string {
    return this.node.peerId.toString();
  }

  start(coordinator: string): void {
    this.loop = (async () => {
      const conn = await this.node.dial(multiaddr(coordinator));
      while (!this.stopped) {
        try {
          const ch = await openTaskChannel(this.node, conn.remotePeer);
          const offer = await requestWork(ch, this.capacity);
          if (offer.kind === 'noWork') {
            await ch.close();
            await sleep(300);
            continue;
          }
          await this.hold(ch, offer.body);
        } catch {
          await sleep(200);
        }
      }
    })();
  }

  private async hold(ch: Awaited<ReturnType<typeof openTaskChannel>>, lease: Bodies['lease']): Promise<void> {
    this.leases.push(lease.taskId.split('/')[1] ?? lease.taskId);
    const every = Math.max(200, Number(lease.heartbeatIntervalMs) / 2);
    const started = Date.now();
    while (!this.stopped) {
      await sleep(every);
      const up = await sendHeartbeat(ch, { taskId: lease.taskId, stage: 'proving', elapsedSeconds: (Date.now() - started) / 1000 });
      if (up.cancel) break;
    }
    await ch.close().catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.race([this.loop?.catch(() => undefined), sleep(3000)]);
    await this.node.stop();
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const hex = (n: number) => randomBytes(n).toString('hex');

/** Lays a finished stretch of tasks out on workers the way the scheduler would: a task starts when its children are done and a worker is free. */
function schedule(tasks: TaskRecord[], workers: string[], t0: number, seconds: (t: TaskRecord, w: number) => number): number {
  const free = workers.map(() => t0);
  const done = new Map<string, number>();
  for (const t of tasks) {
    const ready = t.kind === 'prove_lift' ? t0 : Math.max(...[...done.entries()].filter(([id]) => childrenOf(t).includes(id)).map(([, d]) => d));
    const w = free.indexOf(Math.min(...free));
    const start = Math.max(ready, free[w]!) + 1000;
    const secs = seconds(t, w);
    Object.assign(t, { worker: workers[w], startedMs: start, doneMs: start + secs * 1000, seconds: secs, createdMs: ready, leases: 1, verifySeconds: 0.06 });
    free[w] = start + secs * 1000;
    done.set(t.id, start + secs * 1000);
  }
  return Math.max(...free);
}

const childrenOf = (t: TaskRecord): string[] => {
  const i = 2 * (t.span[0] / 2 ** t.level);
  const name = (level: number, j: number) => (level === 0 ? `seg-${j}` : `join-${level}-${j}`);
  return [name(t.level - 1, i), name(t.level - 1, i + 1)];
};

async function task(blobs: BlobStore, id: string, level: number, span: [number, number], done: boolean): Promise<TaskRecord> {
  const input = await blobs.put(randomBytes(256));
  const t: TaskRecord = {
    id,
    kind: level === 0 ? 'prove_lift' : 'join',
    po2: 16,
    span,
    level,
    inputs: level === 0 ? [{ role: 'segment', sha256: input, size: 256 }] : [],
    expectedClaim: level === 0 ? hex(32) : undefined,
    state: done ? 'done' : 'pending',
    attempts: done ? 1 : 0,
    excluded: [],
  };
  if (done) t.output = { sha256: await blobs.put(randomBytes(512)), size: 512, claimDigest: hex(32) };
  return t;
}

/** Joins get their children's receipts as inputs, as job.advance() makes them. */
function wireJoins(tasks: TaskRecord[]): void {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  for (const t of tasks) {
    if (t.kind !== 'join') continue;
    const [l, r] = childrenOf(t).map((id) => byId.get(id)!);
    t.inputs = [
      { role: 'left', sha256: l!.output!.sha256, size: l!.output!.size },
      { role: 'right', sha256: r!.output!.sha256, size: r!.output!.size },
    ];
  }
}

function session(id: string, owner: string, status: SessionRecord['status'], segments: number, times: SessionRecord['times'], extra: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id,
    kind: 'prove',
    imageId: hex(32),
    inputId: randomUUID(),
    owner: hashKey(owner),
    executeOnly: false,
    cycleLimit: 2 ** 32,
    status,
    stage: status === 'RUNNING' ? 'ProveSegments' : 'Done',
    po2: 16,
    segmentsSeen: segments,
    segments,
    totalCycles: segments * 60_000,
    userCycles: segments * 52_000,
    downloadToken: hex(16),
    times,
    ...extra,
  };
}

export interface Seeded {
  coordinator: Coordinator;
  url: string;
  holders: Holder[];
  ids: { running: string; succeeded: string; failed: string };
  /** Every task record written, by session. */
  tasks: Record<string, TaskRecord[]>;
  /** Every blob digest the state names: none may appear in the feed. */
  shas: string[];
  /** What the coordinator logged (the keys must not be in it). */
  logs: string[];
  stop(): Promise<void>;
}

export async function seedMidJob(root: string, o: { leases?: number } = {}): Promise<Seeded> {
  const dataDir = join(root, 'coordinator');
  const logs: string[] = [];
  const sink = new Writable({
    write: (c, _e, cb) => {
      logs.push(String(c));
      cb();
    },
  });
  const log = createLogger('coordinator', 'json', sink);
  const capacity = (cpuModel: string, proveSeconds: number) => ({
    maxPo2: 20,
    canAggregate: true,
    freeSlots: 1,
    liftSeconds: 50,
    cores: 4,
    threads: 4,
    memoryBudgetBytes: 6 * 2 ** 30,
    cpuModel,
    speeds: [{ po2: 16, proveSeconds, measured: true }],
    proverVersion: 'dashboard-test',
  });
  const holders = [
    new Holder(await createNode({ role: 'worker', dataDir: join(root, 'w0') }), capacity('AMD Ryzen 7 5800X 8-Core Processor', 40)),
    new Holder(await createNode({ role: 'worker', dataDir: join(root, 'w1') }), capacity('Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz', 70)),
    new Holder(await createNode({ role: 'worker', dataDir: join(root, 'w2') }), capacity('AMD EPYC 7B13', 45)),
    new Holder(await createNode({ role: 'worker', dataDir: join(root, 'newcomer') }), capacity(HOSTILE_CPU, 50)),
  ];
  const verified = holders.slice(0, 3).map((h) => h.peer);
  const gone = peerIdFromPrivateKey(await generateKeyPair('Ed25519')).toString();

  const redis = await startRedis({ redisUrl: '', dataDir }, log.child('seed'));
  const store = new Store(redis.connection());
  const blobs = new BlobStore(join(dataDir, 'blobs'));
  const now = Date.now();
  const speed = [1, 1.6, 1.1];
  const ids = { running: randomUUID(), succeeded: randomUUID(), failed: randomUUID() };
  const tasks: Record<string, TaskRecord[]> = {};

  // RUNNING: segments 0..7 and joins 1-0, 1-1, 1-2, 2-0 verified; 1-3 becomes ready at resume.
  const run: TaskRecord[] = [];
  for (let i = 0; i < 12; i++) run.push(await task(blobs, `seg-${i}`, 0, [i, i], i < 8));
  for (const [level, i] of [
    [1, 0],
    [1, 1],
    [1, 2],
    [2, 0],
  ] as const) {
    run.push(await task(blobs, `join-${level}-${i}`, level, [i * 2 ** level, (i + 1) * 2 ** level - 1], true));
  }
  wireJoins(run);
  const done = run.filter((t) => t.state === 'done');
  const span = schedule(done, verified, 0, (t, w) => (t.kind === 'prove_lift' ? 88 : 50) * speed[w]!);
  const t0 = now - span - 15_000;
  for (const t of done) Object.assign(t, { startedMs: t.startedMs! + t0, doneMs: t.doneMs! + t0, createdMs: t.createdMs! + t0 });
  for (const t of run) t.createdMs ??= t0;
  tasks[ids.running] = run;
  await store.putSession(
    session(ids.running, KEYS.a, 'RUNNING', 12, { queued: t0 - 9000, planning: t0 - 8000, executing: t0 - 7500, executed: t0 - 6000, firstLease: t0 + 1000 }, { segmentsSeen: 12 }),
  );

  // SUCCEEDED, 25 minutes ago, with a worker that has since left.
  const old: TaskRecord[] = [];
  for (let i = 0; i < 4; i++) old.push(await task(blobs, `seg-${i}`, 0, [i, i], true));
  old.push(await task(blobs, 'join-1-0', 1, [0, 1], true), await task(blobs, 'join-1-1', 1, [2, 3], true), await task(blobs, 'join-2-0', 2, [0, 3], true));
  wireJoins(old);
  const b0 = now - 27 * 60_000;
  const bEnd = schedule(old, [gone, verified[0]!], b0, (t, w) => (t.kind === 'prove_lift' ? 92 : 51) * (w === 0 ? 1.3 : 1));
  tasks[ids.succeeded] = old;
  await store.putSession(
    session(
      ids.succeeded,
      KEYS.a,
      'SUCCEEDED',
      4,
      { queued: b0 - 4000, planning: b0 - 3500, executing: b0 - 3000, executed: b0 - 1500, firstLease: b0 + 1000, segmentsProved: bEnd - 120_000, joined: bEnd, finalized: bEnd + 2000 },
      { finishedMs: bEnd + 2500, journal: hex(32) },
    ),
  );

  // FAILED (key B), with an error that tries to be HTML.
  const failed = [await task(blobs, 'seg-0', 0, [0, 0], true), await task(blobs, 'seg-1', 0, [1, 1], false)];
  const f0 = now - 12 * 60_000;
  schedule([failed[0]!], [verified[1]!], f0, () => 95);
  tasks[ids.failed] = failed;
  await store.putSession(
    session(ids.failed, KEYS.b, 'FAILED', 2, { queued: f0 - 3000, executing: f0 - 2000, executed: f0 - 1000, firstLease: f0 + 1000 }, { finishedMs: f0 + 130_000, errorMsg: HOSTILE_ERROR }),
  );

  for (const [sid, list] of Object.entries(tasks)) for (const t of list) await store.putTask(sid, t);
  for (const [w, peer] of verified.entries()) {
    const mine = Object.values(tasks)
      .flat()
      .filter((t) => t.worker === peer);
    const record: WorkerRecord = {
      peer,
      accepted: mine.length + 3 * w,
      rejected: w === 1 ? 1 : 0,
      failed: w,
      banned: false,
      firstSeenMs: now - 3_600_000,
      measured: { 'prove_lift:16': 88 * speed[w]!, join: 50 * speed[w]! },
    };
    await store.putWorker(record);
  }
  await redis.stop();

  const opts = loadOptions(
    [],
    {},
    {
      dataDir,
      httpHost: '127.0.0.1',
      httpPort: 0,
      listen: ['/ip4/127.0.0.1/tcp/0'],
      apiKeys: [KEYS.a, KEYS.b],
      viewKey: KEYS.view,
      heartbeatMs: 1000,
      poolWaitMs: 0,
      log: 'json',
    },
  );
  const coordinator = await startCoordinator(opts, log);
  const shas = Object.values(tasks).flatMap((l) => l.flatMap((t) => [...t.inputs.map((i) => i.sha256), ...(t.output ? [t.output.sha256] : [])]));
  for (const h of holders) h.start(coordinator.multiaddrs[0]!);
  const want = o.leases ?? 4;
  const deadline = Date.now() + 30_000;
  while (holders.reduce((n, h) => n + h.leases.length, 0) < want) {
    if (Date.now() > deadline) throw new Error(`the peers got ${holders.map((h) => h.leases.join(',')).join(' | ')} in 30 s, not ${want} leases`);
    await sleep(100);
  }
  return {
    coordinator,
    url: coordinator.url,
    holders,
    ids,
    tasks,
    shas,
    logs,
    stop: async () => {
      await Promise.all(holders.map((h) => h.stop()));
      await coordinator.stop();
    },
  };
}
