/**
 * The lease book: the one place that knows what a lease is. A lease is one hand-out of a task to a
 * worker. It is created when the worker is given the task, kept alive by heartbeats (three missed
 * beats, or a dead stream, end it), and taken back at its hard deadline however often the worker
 * beats: `--lease-slack` × what that task kind is expected to take on that worker, plus a minute.
 * A task has at most two at once: its lease and a hedge (a straggler's second copy); the first
 * valid result wins, and when the first lease ends without one, the hedge becomes the lease.
 *
 * The deadline rules are plain functions so that the simulator (bench/simulate) uses these very ones.
 */
import { randomBytes } from 'node:crypto';

import type { ActiveJob } from './job.js';
import type { Metrics } from './metrics.js';
import type { Notes } from './notes.js';
import type { TaskRecord } from './records.js';

export interface Lease {
  /** Unique per hand-out: a late result from an older lease on the same task is recognised. */
  id: string;
  job: ActiveJob;
  task: TaskRecord;
  peer: string;
  startedMs: number;
  /** Past this the lease is taken back even if the worker keeps heartbeating. */
  hardDeadlineMs: number;
  /** What the coordinator expects on this worker: measured, or its claim clamped (trust.ts). */
  expectedSeconds: number;
  /** A second copy of a straggler's task: the first valid result wins. */
  hedge: boolean;
}

/** Heartbeats a worker may miss before its lease ends. */
export const MISSED_HEARTBEATS = 3;
/** Added to slack × expected for the hard deadline: fetching inputs, starting the prover. */
export const HARD_DEADLINE_GRACE_SECONDS = 60;
/** Added to the missed-beat window when reading a leased stream: the frame may be in flight. */
export const READ_GRACE_MS = 2000;

/** Seconds after its start at which a lease is taken back whatever the heartbeats. */
export const hardDeadlineSeconds = (slack: number, expectedSeconds: number): number => slack * expectedSeconds + HARD_DEADLINE_GRACE_SECONDS;
/** The deadline a lease or heartbeat answer gives the worker for its next beat. */
export const heartbeatDeadlineMs = (nowMs: number, heartbeatMs: number): number => nowMs + MISSED_HEARTBEATS * heartbeatMs;
/** How long the coordinator waits for the next frame of a leased conversation before it ends the lease. */
export const leaseReadTimeoutMs = (heartbeatMs: number): number => MISSED_HEARTBEATS * heartbeatMs + READ_GRACE_MS;

interface JobLeases {
  leases: Map<string, Lease>;
  hedges: Map<string, Lease>;
}

export interface LeaseBookOptions {
  leaseSlack: number;
  heartbeatMs: number;
}

export class LeaseBook {
  /** Per job object, so a result that comes after its job ended still finds (and ends) its lease. */
  private readonly jobs = new WeakMap<ActiveJob, JobLeases>();
  /** Leases (hedges included) by holder: counts, and which blobs a peer may fetch. */
  private readonly perPeer = new Map<string, Set<Lease>>();

  constructor(
    private readonly o: LeaseBookOptions,
    private readonly metrics: Metrics,
    private readonly notes: Notes,
  ) {}

  private of(job: ActiveJob): JobLeases {
    let j = this.jobs.get(job);
    if (!j) {
      j = { leases: new Map(), hedges: new Map() };
      this.jobs.set(job, j);
    }
    return j;
  }

  /** Hands the task to the worker (as a hedge: a second copy beside its current lease). */
  create(job: ActiveJob, task: TaskRecord, peer: string, expectedSeconds: number, hedge: boolean): Lease {
    const now = Date.now();
    const lease: Lease = {
      id: randomBytes(8).toString('hex'),
      job,
      task,
      peer,
      startedMs: now,
      hardDeadlineMs: now + hardDeadlineSeconds(this.o.leaseSlack, expectedSeconds) * 1000,
      expectedSeconds,
      hedge,
    };
    const j = this.of(job);
    (hedge ? j.hedges : j.leases).set(task.id, lease);
    const mine = this.perPeer.get(peer) ?? new Set<Lease>();
    this.perPeer.set(peer, mine);
    mine.add(lease);
    task.leases = (task.leases ?? 0) + 1;
    if (hedge) task.hedges = (task.hedges ?? 0) + 1;
    this.notes.quiet(job.saveTask(task));
    job.session.times.firstLease ??= now;
    this.metrics.leases.inc({ kind: task.kind });
    this.notes.note(job.id, `${task.id} leased to ${peer.slice(-8)} (expected ${expectedSeconds.toFixed(0)} s)${hedge ? ' as a hedge' : ''}`);
    return lease;
  }

  /** The task's lease (the first copy), if it is out. */
  holder(job: ActiveJob, taskId: string): Lease | undefined {
    return this.jobs.get(job)?.leases.get(taskId);
  }

  /** The task's hedge, if one runs beside its lease. */
  hedgeOf(job: ActiveJob, taskId: string): Lease | undefined {
    return this.jobs.get(job)?.hedges.get(taskId);
  }

  isLeased(job: ActiveJob, taskId: string): boolean {
    return this.holder(job, taskId) !== undefined;
  }

  /** Every lease out on the job's tasks (first copies), and every hedge. */
  leasesOf(job: ActiveJob): { leases: Lease[]; hedges: Lease[] } {
    const j = this.jobs.get(job);
    return { leases: [...(j?.leases.values() ?? [])], hedges: [...(j?.hedges.values() ?? [])] };
  }

  /** Leases out on the job's tasks. */
  leasedCount(job: ActiveJob): number {
    return this.jobs.get(job)?.leases.size ?? 0;
  }

  /** Leases (hedges included) the peer holds now. */
  held(peer: string): number {
    return this.perPeer.get(peer)?.size ?? 0;
  }

  /** Whether the peer holds a current lease whose task takes this blob as an input: who may fetch it. */
  mayFetch(peer: string, sha256: string): boolean {
    for (const l of this.perPeer.get(peer) ?? []) if (this.isCurrent(l) && l.task.inputs.some((i) => i.sha256 === sha256)) return true;
    return false;
  }

  /** Still wanted: the job runs, the task is not done, and this is one of its current copies. */
  isCurrent(lease: Lease): boolean {
    const { job, task } = lease;
    return !job.stopped && task.state === 'pending' && (this.holder(job, task.id) === lease || this.hedgeOf(job, task.id) === lease);
  }

  /** The other copy of a hedged task, if one runs. */
  otherCopy(lease: Lease): Lease | undefined {
    const { job, task } = lease;
    return this.holder(job, task.id) === lease ? this.hedgeOf(job, task.id) : this.holder(job, task.id);
  }

  /**
   * Ends the lease if it is still one of the task's current ones (false when it already ended).
   * When the first copy of a hedged task ends, the hedge becomes the task's lease.
   */
  end(lease: Lease): boolean {
    const j = this.jobs.get(lease.job);
    const id = lease.task.id;
    if (!j) return false;
    if (j.hedges.get(id) === lease) j.hedges.delete(id);
    else if (j.leases.get(id) === lease) {
      j.leases.delete(id);
      const hedge = j.hedges.get(id);
      if (hedge) {
        j.hedges.delete(id);
        j.leases.set(id, hedge);
      }
    } else return false;
    const mine = this.perPeer.get(lease.peer);
    mine?.delete(lease);
    if (mine?.size === 0) this.perPeer.delete(lease.peer);
    return true;
  }

  /** The lease ends without a result (worker gone, missed heartbeats, overdue, handed back, withdrawn). */
  release(lease: Lease, reason: string): void {
    if (!this.end(lease)) return;
    this.metrics.released.inc({ reason: reason.split(':')[0]!.slice(0, 40) });
    if (!lease.job.stopped) this.notes.note(lease.job.id, `${lease.task.id} back in the queue: ${reason}`);
  }

  /** Every lease and hedge of the job ends (the workers are told to stop at their next heartbeat). */
  withdraw(job: ActiveJob, reason: string): void {
    const { leases, hedges } = this.leasesOf(job);
    for (const l of [...leases, ...hedges]) this.release(l, reason);
  }

  /** The deadline a new lease gives the worker for its first heartbeat. */
  firstDeadlineMs(): number {
    return heartbeatDeadlineMs(Date.now(), this.o.heartbeatMs);
  }

  /** How long a leased conversation may be silent before the lease is lost. */
  readTimeoutMs(): number {
    return leaseReadTimeoutMs(this.o.heartbeatMs);
  }

  /**
   * A heartbeat: the next deadline, and whether the worker must stop (the lease is no longer
   * current, or it ran past its hard deadline, which ends it here).
   */
  heartbeat(lease: Lease): { deadlineMs: number; cancel: boolean; overdue: boolean } {
    const now = Date.now();
    const overdue = now > lease.hardDeadlineMs && this.isCurrent(lease);
    const cancel = overdue || !this.isCurrent(lease);
    if (overdue) this.release(lease, 'overdue: far past the worker’s expected time');
    return { deadlineMs: heartbeatDeadlineMs(now, this.o.heartbeatMs), cancel, overdue };
  }
}
