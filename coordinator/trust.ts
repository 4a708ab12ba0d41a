/**
 * The trust model: what a peer's say-so buys. Peer ids are free and capacities are claims, so
 * nothing a peer says is believed beyond what verified work has shown:
 *
 * - **Times are measured, not claimed.** Lease deadlines, hedging and scheduling use the times this
 *   coordinator measured for the peer's verified results (kept in its record, so in Redis). Until
 *   it has one for a kind, the peer's claim is clamped to the credible range: at most CEILING_FACTOR
 *   × the slowest the pool has shown for that kind and po2 (or, with no pool figures, the reference
 *   old PC below). A claim of years buys a deadline of minutes.
 * - **Probation.** A peer with no verified result holds one lease at a time, never a hedge, and no
 *   latency-critical join while a verified peer could take it (kinds' `lowStakes`). It gets the
 *   surplus: nothing while idle verified workers could take every open task; and once verified
 *   workers are idle, its task is duplicated when it runs longer than they take. Past probation
 *   it holds at most 1 + its verified results leases, never more than --max-leases-per-peer nor the
 *   slots it says are free.
 * - **Failures cost the peer, not the job.** Every failure (an error, a lost stream, an overdue
 *   lease) backs the peer off its next lease, and after TASK_FAILURES_PER_PEER on one task excludes
 *   it from that task. It counts towards the job's --max-task-attempts only once per peer and task,
 *   and only for a peer with verified work: a swarm of new identities cannot fail a job.
 * - **Per address.** At most --max-new-peers-per-ip peers on probation hold leases from one
 *   address (IPv6: one /64) at a time, so 50 fresh identities on one machine count as a few.
 */
import { addressKey, MAX_PO2, MIN_PO2, type TaskKindName } from '../protocol/index.js';
import { canHold, expectedSeconds, KINDS } from './kinds/index.js';
import type { Capacity, LiveWorker } from './pool.js';
import type { SchedTask } from './scheduler.js';
import type { TaskRecord, WorkerRecord } from './records.js';

/** A claimed time above this × the pool's slowest measured one (for that kind and po2) is not believed. */
export const CEILING_FACTOR = 2;
/** With no pool figures: an old PC three times slower than the 2-core reference machine (RISC0.md). */
export const REFERENCE_OLD_PC: Pick<Capacity, 'liftSeconds' | 'speeds'> = { liftSeconds: 150, speeds: [{ po2: 16, proveSeconds: 105, peakRssBytes: 0, measured: true }] };
/** Failures of one task by one peer before it is excluded from that task. */
export const TASK_FAILURES_PER_PEER = 2;
/** Backoff after consecutive failures: 1 s, 2 s, 4 s … at most a minute. */
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 60_000;
/** A verified worker that asked this recently and holds nothing is idle and will take open work. */
const IDLE_ASKING_MS = 5000;
/** Weight of a new measurement in the running mean of a peer's times. */
const EWMA = 0.3;

export interface TrustOptions {
  maxLeasesPerPeer: number;
  maxNewPeersPerIp: number;
}

/** Key of a measured time: prove_lift per po2 (proving scales with it), the others per kind. */
const keyOf = (kind: TaskKindName, po2: number): string => (kind === 'prove_lift' ? `${kind}:${po2}` : kind);

interface PeerState {
  ip: string;
  consecutiveFailures: number;
  nextLeaseMs: number;
  lastSeenMs: number;
}

/** The pool's figures for a kind and po2 (ceiling, typical) are recomputed at most this often, or on a new measurement. */
const FIGURES_MS = 1000;
/** Peers silent this long with no lease and no backoff running are forgotten (the pool's own FORGET_MS). */
const FORGET_PEER_MS = 3_600_000;
const PRUNE_EVERY_MS = 60_000;

export class Trust {
  private readonly peers = new Map<string, PeerState>();
  private prunedMs = Date.now();
  /** ceiling and typical per kind and po2: each scans the live pool, and one work request asks several times. */
  private readonly figures = new Map<string, { at: number; ceiling: number; typical?: number }>();

  constructor(
    private readonly o: TrustOptions,
    /** Leases the peer holds now (the lease book's count). */
    private readonly held: (peer: string) => number,
    /** The live pool (for its measured figures and who is verified). */
    private readonly live: () => LiveWorker[],
  ) {}

  private state(peer: string): PeerState {
    let s = this.peers.get(peer);
    if (!s) {
      this.prune();
      s = { ip: '', consecutiveFailures: 0, nextLeaseMs: 0, lastSeenMs: Date.now() };
      this.peers.set(peer, s);
    }
    return s;
  }

  private prune(now = Date.now()): void {
    if (now - this.prunedMs < PRUNE_EVERY_MS) return;
    this.prunedMs = now;
    for (const [peer, s] of this.peers) {
      if (now - s.lastSeenMs >= FORGET_PEER_MS && now >= s.nextLeaseMs && this.held(peer) === 0) this.peers.delete(peer);
    }
  }

  /** The address a peer's work request came from. */
  seenAt(peer: string, ip: string): void {
    const s = this.state(peer);
    s.ip = addressKey(ip);
    s.lastSeenMs = Date.now();
  }

  static verified(r: WorkerRecord): boolean {
    return r.accepted > 0;
  }

  /** What the coordinator expects the task to take on this worker: measured, else a clamped claim. */
  expected(w: LiveWorker, kind: TaskKindName, po2: number): number {
    const measured = measuredSeconds(w.record, kind, po2);
    if (measured !== undefined) return measured;
    const claimed = expectedSeconds(w.capacity, kind, po2);
    return Math.min(claimed, this.ceiling(kind, po2));
  }

  /** The slowest a claim may be: CEILING_FACTOR × the pool's slowest measured, or the reference old PC's. */
  ceiling(kind: TaskKindName, po2: number): number {
    return this.figuresFor(kind, po2).ceiling;
  }

  /** What verified peers of the pool take for this kind and po2 (their median), if any measured it. */
  typical(kind: TaskKindName, po2: number): number | undefined {
    return this.figuresFor(kind, po2).typical;
  }

  private figuresFor(kind: TaskKindName, po2: number): { ceiling: number; typical?: number } {
    const key = keyOf(kind, po2);
    const now = Date.now();
    const cached = this.figures.get(key);
    if (cached && now - cached.at < FIGURES_MS) return cached;
    const times: number[] = [];
    for (const w of this.live()) {
      const t = measuredSeconds(w.record, kind, po2);
      if (t !== undefined) times.push(t);
    }
    times.sort((a, b) => a - b);
    const slowest = times.at(-1) ?? 0;
    const f = {
      at: now,
      ceiling: slowest > 0 ? CEILING_FACTOR * slowest : expectedSeconds(REFERENCE_OLD_PC, kind, po2),
      typical: times.length ? times[Math.floor(times.length / 2)] : undefined,
    };
    this.figures.set(key, f);
    return f;
  }

  /**
   * Newcomers get the surplus: while verified workers ask for work and could take every open task,
   * a peer on probation waits (an honest newcomer gets work as soon as there is more than they take).
   */
  surplusFor(w: LiveWorker, open: readonly TaskRecord[]): boolean {
    // Nothing open: nothing to hold back from (the scheduler says no task fits).
    if (Trust.verified(w.record) || open.length === 0) return true;
    const now = Date.now();
    let idleVerified = 0;
    for (const v of this.live()) {
      if (!Trust.verified(v.record) || this.held(v.peer) > 0 || now - v.lastSeenMs >= IDLE_ASKING_MS) continue;
      // Only a worker that could hold one of them (a Groth16 task waits for a backend, not for anyone idle).
      if (open.some((t) => canHold(v, t))) idleVerified++;
    }
    return open.length > idleVerified;
  }

  /** Lift speed for the scheduler's fast/slow split: the measured join time once there is one. */
  liftSeconds(w: LiveWorker): number {
    return measuredSeconds(w.record, 'join', 0) ?? Math.min(w.capacity.liftSeconds || Infinity, this.ceiling('join', 0));
  }

  /** Leases this peer may take now beside those it holds (0: none), and why not when 0. */
  room(w: LiveWorker): { free: number; why?: string } {
    const s = this.state(w.peer);
    const now = Date.now();
    if (now < s.nextLeaseMs) return { free: 0, why: `backing off after ${s.consecutiveFailures} failed tasks; ask again in ${Math.ceil((s.nextLeaseMs - now) / 1000)} s` };
    const held = this.held(w.peer);
    if (!Trust.verified(w.record)) {
      if (held > 0) return { free: 0, why: 'on probation: one task at a time until a result of yours is verified' };
      if (s.ip && this.probationaryHolding(s.ip) >= this.o.maxNewPeersPerIp) return { free: 0, why: `on probation: ${this.o.maxNewPeersPerIp} new peers from your address already hold tasks` };
      return { free: Math.min(1, w.capacity.freeSlots) };
    }
    const justified = Math.min(1 + w.record.accepted, this.o.maxLeasesPerPeer);
    const free = Math.min(w.capacity.freeSlots, justified - held);
    return free > 0 ? { free } : { free: 0, why: `holding ${held} tasks, the most your verified record allows now` };
  }

  private probationaryHolding(ip: string): number {
    let n = 0;
    for (const w of this.live()) if (!Trust.verified(w.record) && this.peers.get(w.peer)?.ip === ip && this.held(w.peer) > 0) n++;
    return n;
  }

  /** Whether this worker may take the task: a critical one waits for a verified peer if one could take it. */
  mayTake(w: LiveWorker, t: SchedTask, verifiedAlternative: boolean): boolean {
    return Trust.verified(w.record) || KINDS[t.kind].lowStakes(t) || !verifiedAlternative;
  }

  /** Only verified peers duplicate a straggler: a second identity of the holder cannot take the hedge. */
  mayHedge(w: LiveWorker): boolean {
    return Trust.verified(w.record);
  }

  /** A verified result: the measured time joins the peer's record, and its backoff is over. */
  succeeded(w: LiveWorker | undefined, kind: TaskKindName, po2: number, seconds: number): void {
    if (!w) return;
    const s = this.state(w.peer);
    s.consecutiveFailures = 0;
    s.nextLeaseMs = 0;
    const key = keyOf(kind, po2);
    w.record.measured ??= {};
    const times = w.record.measured;
    const before = times[key];
    times[key] = before === undefined ? seconds : before + EWMA * (seconds - before);
    this.figures.clear();
  }

  /**
   * A failure on this task (an error, a lost stream, an overdue lease). Updates the task's
   * per-peer count and exclusion, and returns whether it counts towards the job's attempt budget.
   */
  failed(w: LiveWorker | undefined, peer: string, task: TaskRecord, excludeNow: boolean): boolean {
    const s = this.state(peer);
    s.consecutiveFailures++;
    s.nextLeaseMs = Date.now() + Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (s.consecutiveFailures - 1));
    task.failures ??= {};
    const failures = task.failures;
    const n = (failures[peer] ?? 0) + 1;
    failures[peer] = n;
    if ((excludeNow || n >= TASK_FAILURES_PER_PEER) && !task.excluded.includes(peer)) task.excluded.push(peer);
    return n === 1 && w !== undefined && Trust.verified(w.record);
  }
}

/** The peer's measured time for a kind and po2; prove_lift at another po2 scales (~2^po2). */
export function measuredSeconds(r: WorkerRecord, kind: TaskKindName, po2: number): number | undefined {
  const times = r.measured;
  if (!times) return undefined;
  const exact = times[keyOf(kind, po2)];
  if (exact !== undefined || kind !== 'prove_lift') return exact;
  for (let d = 1; d <= MAX_PO2 - MIN_PO2; d++) {
    for (const p of [po2 - d, po2 + d]) {
      const t = times[keyOf(kind, p)];
      if (t !== undefined) return t * 2 ** (po2 - p);
    }
  }
  return undefined;
}
