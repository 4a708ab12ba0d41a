/**
 * The live worker pool: what each worker said it can do (its last work request), when it was last
 * heard from, and its record — accepted and refused results, and a ban after repeated faults
 * (kept in Redis, so a restart does not forgive a worker that forged receipts).
 */
import type { Bodies } from '../protocol/index.js';
import type { Logger } from '../common/index.js';
import type { WorkerRecord } from './records.js';
import type { Store } from './store.js';

/** A worker's capacity as the scheduler uses it (the wire message, with defaults filled in). */
export interface Capacity {
  maxPo2: number;
  canAggregate: boolean;
  groth16: boolean;
  liftSeconds: number;
  freeSlots: number;
  speeds: { po2: number; proveSeconds: number; peakRssBytes: number; measured: boolean }[];
  memoryBudgetBytes: number;
  cores: number;
  threads: number;
  cpuModel: string;
  proverVersion: string;
}

export function capacityOf(c: Bodies['workRequest']['capacity']): Capacity {
  return {
    maxPo2: c?.maxPo2 ?? 0,
    canAggregate: c?.canAggregate ?? false,
    groth16: c?.groth16 ?? false,
    liftSeconds: c?.liftSeconds ?? 0,
    freeSlots: c?.freeSlots ?? 0,
    speeds: (c?.speeds ?? []).map((s) => ({ po2: s.po2 ?? 0, proveSeconds: s.proveSeconds ?? 0, peakRssBytes: Number(s.peakRssBytes ?? 0), measured: s.measured ?? false })),
    memoryBudgetBytes: Number(c?.memoryBudgetBytes ?? 0),
    cores: c?.cores ?? 0,
    threads: c?.threads ?? 0,
    cpuModel: c?.cpuModel ?? '',
    proverVersion: c?.proverVersion ?? '',
  };
}

export interface LiveWorker {
  peer: string;
  capacity: Capacity;
  lastSeenMs: number;
  record: WorkerRecord;
  /** Why it gets no work (its reputation fell below --min-reputation): not live, like a banned one. */
  refused?: string;
}

/** A worker counts as live this long after its last request (or while it holds a lease). */
const LIVE_MS = 60_000;
/**
 * Silent this long and holding nothing, a worker leaves the in-memory pool (its record stays in
 * Redis and comes back with its next request): identities are free, and a pool that only grows
 * makes every scan of it slower.
 */
export const FORGET_MS = 3_600_000;
const PRUNE_EVERY_MS = 60_000;

export class Pool {
  private readonly workers = new Map<string, LiveWorker>();
  private prunedMs = Date.now();

  constructor(
    private readonly store: Store,
    private readonly banAfterFaults: number,
    private readonly log: Logger,
    /** Leases the peer holds now (the lease book's count): a worker holding one stays live. */
    private readonly held: (peer: string) => number,
  ) {}

  async seen(peer: string, wire: Bodies['workRequest']['capacity']): Promise<LiveWorker> {
    const capacity = capacityOf(wire);
    let w = this.workers.get(peer);
    if (!w) {
      this.prune();
      const record = (await this.store.getWorker(peer)) ?? { peer, accepted: 0, rejected: 0, failed: 0, banned: false, firstSeenMs: Date.now() };
      w = { peer, capacity, lastSeenMs: Date.now(), record };
      this.workers.set(peer, w);
      this.log.info('worker joined', { peer, maxPo2: capacity.maxPo2, canAggregate: capacity.canAggregate, groth16: capacity.groth16, cpu: capacity.cpuModel });
    }
    w.capacity = capacity;
    w.lastSeenMs = Date.now();
    return w;
  }

  /** Forgets workers silent for FORGET_MS that hold no lease (at most once a minute). */
  prune(now = Date.now()): number {
    if (now - this.prunedMs < PRUNE_EVERY_MS) return 0;
    this.prunedMs = now;
    let n = 0;
    for (const [peer, w] of this.workers) {
      if (now - w.lastSeenMs < FORGET_MS || this.held(peer) > 0) continue;
      this.workers.delete(peer);
      n++;
    }
    if (n) this.log.info('silent workers forgotten', { count: n, kept: this.workers.size });
    return n;
  }

  get(peer: string): LiveWorker | undefined {
    return this.workers.get(peer);
  }

  live(): LiveWorker[] {
    const now = Date.now();
    return [...this.workers.values()].filter((w) => !w.record.banned && !w.refused && (this.held(w.peer) > 0 || now - w.lastSeenMs < LIVE_MS));
  }

  all(): LiveWorker[] {
    return [...this.workers.values()];
  }

  /** 0..1: the share of its results that were good, with a prior so a newcomer starts at 1. */
  static reputation(r: WorkerRecord): number {
    return (r.accepted + 1) / (r.accepted + 1 + 3 * r.rejected + 0.5 * r.failed);
  }

  async accepted(peer: string): Promise<void> {
    const w = this.workers.get(peer);
    if (!w) return;
    w.record.accepted++;
    await this.store.putWorker(w.record);
  }

  /** A task the worker could not finish (crash, memory, hand-back): no fault, but it is noted. */
  async failed(peer: string): Promise<void> {
    const w = this.workers.get(peer);
    if (!w) return;
    w.record.failed++;
    await this.store.putWorker(w.record);
  }

  /** A refused result (forged or broken receipt). Returns true when this banned the worker. */
  async fault(peer: string, reason: string): Promise<boolean> {
    const w = this.workers.get(peer);
    if (!w) return false;
    w.record.rejected++;
    const ban = !w.record.banned && w.record.rejected >= this.banAfterFaults;
    if (ban) {
      w.record.banned = true;
      w.record.banReason = `${w.record.rejected} refused results, the last: ${reason}`;
      this.log.warn('worker banned', { peer, reason: w.record.banReason });
    }
    await this.store.putWorker(w.record);
    return ban;
  }
}
