/**
 * A worker's answer to its lease: an error, or a receipt, which the verifier checks (verifier.ts)
 * before the task is done and the tree grows. An error, a lost stream or an overdue lease costs
 * the peer (trust.ts), and the job's attempt budget only as trust decides; an input it says it could
 * not fetch or found corrupt is checked here first, so a coordinator-side loss is repaired and blames
 * nobody. A refused receipt excludes the worker from the task, counts a fault against it (a ban
 * after `--ban-after-faults`), and never removes a blob another task or job holds.
 */
import type { LeaseOutcome } from '../protocol/index.js';
import type { Logger } from '../common/index.js';
import { sha256Of, type BlobStore } from './blobstore.js';
import { type ActiveJob, JobStopped } from './job.js';
import type { Jobs } from './jobs.js';
import type { Lease, LeaseBook } from './leases.js';
import type { Metrics } from './metrics.js';
import type { Notes } from './notes.js';
import type { Pool } from './pool.js';
import type { TaskRecord } from './records.js';
import type { Repairer } from './repair.js';
import type { Trust } from './trust.js';
import { damagedInputs, InputLost, verifyResult, VerificationError } from './verifier.js';

export interface Verdict {
  accepted: boolean;
  reason: string;
}

export interface ResultsDeps {
  jobs: Jobs;
  book: LeaseBook;
  pool: Pool;
  blobs: BlobStore;
  repairer: Repairer;
  trust: Trust;
  metrics: Metrics;
  notes: Notes;
  log: Logger;
  maxTaskAttempts: number;
}

export class Results {
  constructor(private readonly d: ResultsDeps) {}

  /** A worker's result: verify it, then take it into the tree or refuse it. */
  async complete(lease: Lease, outcome: LeaseOutcome): Promise<Verdict> {
    const { book, blobs, metrics } = this.d;
    const { job, task } = lease;
    if (!book.isCurrent(lease)) return this.stale(lease, outcome.output !== undefined);
    if (outcome.result.error || !outcome.output) return this.failed(lease, outcome);
    // Content addressed: a replayed receipt may be the very blob of another task or job, which
    // must survive its refusal. Only a blob this result created may be removed.
    const existed = blobs.has(sha256Of(outcome.output));
    const sha = await blobs.put(outcome.output);
    const verifyStart = Date.now();
    try {
      const out = await verifyResult(task, sha, blobs, job.session.imageId);
      const verifiedMs = Date.now();
      out.size = outcome.output.length;
      if (!book.isCurrent(lease)) {
        if (!existed && !this.d.jobs.stillNeeded(sha)) await blobs.remove(sha);
        return this.stale(lease, true);
      }
      const other = book.otherCopy(lease);
      if (other) {
        metrics.hedgeWins.inc({ winner: lease.hedge ? 'hedge' : 'original' });
        this.note(job, `${task.id}: ${lease.hedge ? 'the hedge' : 'the original lease'} won; ${other.peer.slice(-8)} is told to stop`);
      }
      task.state = 'done';
      task.output = out;
      task.worker = lease.peer;
      task.seconds = (verifiedMs - lease.startedMs) / 1000;
      task.startedMs = lease.startedMs;
      task.doneMs = verifiedMs;
      task.verifySeconds = (verifiedMs - verifyStart) / 1000;
      const tm = outcome.result.timings;
      if (tm) task.timings = { fetch: tm.fetchSeconds ?? 0, prove: tm.proveSeconds ?? 0, lift: tm.liftSeconds ?? 0, join: tm.joinSeconds ?? 0, total: tm.totalSeconds ?? 0 };
      book.end(lease);
      await job.saveTask(task);
      this.d.trust.succeeded(this.d.pool.get(lease.peer), task.kind, task.po2, task.seconds);
      await this.d.pool.accepted(lease.peer);
      metrics.accepted.inc({ kind: task.kind });
      metrics.taskSeconds.observe({ kind: task.kind }, task.seconds);
      this.note(job, `${task.id} verified (${lease.peer.slice(-8)}, ${task.seconds.toFixed(1)} s)`);
      const c = job.counts();
      if (task.kind === 'prove_lift' && c.segmentsDone === job.session.segments) job.session.times.segmentsProved = Date.now();
      job.advance();
      this.d.notes.quiet(job.persist());
      return { accepted: true, reason: '' };
    } catch (e) {
      if (!existed) await blobs.remove(sha);
      if (e instanceof VerificationError) return this.refused(lease, e);
      if (e instanceof InputLost) return this.inputLost(lease, e.message);
      return this.unverifiable(lease, e as Error);
    }
  }

  /**
   * A lease that ended without a result by the peer's doing (its stream died, it ran overdue): the
   * peer backs off and may be excluded from the task; the attempt counts only as trust.ts says.
   */
  lost(lease: Lease, why: string): void {
    const { job, task } = lease;
    if (this.d.trust.failed(this.d.pool.get(lease.peer), lease.peer, task, false)) task.attempts++;
    this.d.notes.quiet(this.d.pool.failed(lease.peer));
    this.d.notes.quiet(job.saveTask(task));
    this.giveUpIfExhausted(job, task, `${why} on ${lease.peer.slice(-8)}`);
  }

  /** The worker could not do the task (crash, memory, bad input, an input it could not fetch). */
  private async failed(lease: Lease, outcome: LeaseOutcome): Promise<Verdict> {
    const { job, task } = lease;
    const err = outcome.result.error;
    const code = err?.code ?? 'no_output';
    this.d.book.release(lease, `worker error: ${code}`);
    this.d.metrics.failed.inc({ kind: task.kind, code: code.slice(0, 40) });
    // The peer's word that an input is gone or corrupt is checked against the store before anyone is blamed.
    if (code === 'blob_unavailable' || code === 'blob_corrupt') {
      const lost = await damagedInputs(task, this.d.blobs);
      if (lost.length > 0) return this.inputLost(lease, `${lost.join(', ')} damaged in the coordinator’s store (reported by ${lease.peer.slice(-8)})`);
    }
    await this.d.pool.failed(lease.peer);
    if (this.d.trust.failed(this.d.pool.get(lease.peer), lease.peer, task, err != null && !err.retryable)) task.attempts++;
    await job.saveTask(task);
    this.note(job, `${task.id} failed on ${lease.peer.slice(-8)}: ${code}: ${(err?.message ?? '').slice(0, 300)}`);
    this.giveUpIfExhausted(job, task, err?.message ?? 'no output');
    return { accepted: true, reason: 'error noted' };
  }

  /** The coordinator lost one of the task's inputs: nobody is blamed, the attempt is not counted, and it is made again. */
  private async inputLost(lease: Lease, why: string): Promise<Verdict> {
    const { job } = lease;
    this.d.book.release(lease, `input lost: ${why.slice(0, 100)}`);
    this.note(job, `${lease.task.id}: ${why}; repairing, nobody blamed`);
    this.d.log.warn('task input lost in the store', { job: job.id, task: lease.task.id, why });
    this.d.repairer.check(job);
    return { accepted: false, reason: 'the coordinator lost an input of this task; it will be made again (not your fault)' };
  }

  /** Our verifier failed, not the worker: try the task again without blaming anyone. */
  private async unverifiable(lease: Lease, e: Error): Promise<Verdict> {
    const { job, task } = lease;
    this.d.book.release(lease, `verifier error: ${e.message.slice(0, 200)}`);
    task.attempts++;
    await job.saveTask(task);
    this.d.log.error('could not verify a result', { job: job.id, task: task.id, error: e.message });
    this.giveUpIfExhausted(job, task, `the coordinator could not verify a result: ${e.message}`);
    return { accepted: false, reason: 'the coordinator could not verify this result; the task will be retried' };
  }

  /** A wrong receipt: the worker is excluded from the task and a fault is counted against it. */
  private async refused(lease: Lease, e: VerificationError): Promise<Verdict> {
    const { job, task } = lease;
    this.d.book.release(lease, `refused: ${e.code}`);
    this.d.metrics.rejected.inc({ kind: task.kind, reason: e.code });
    task.attempts++;
    task.excluded.push(lease.peer);
    await job.saveTask(task);
    if (await this.d.pool.fault(lease.peer, `${task.id}: ${e.code}`)) this.d.metrics.bans.inc();
    this.note(job, `${task.id} from ${lease.peer.slice(-8)} refused: ${e.code}: ${e.message}`);
    this.d.log.warn('result refused', { job: job.id, task: task.id, peer: lease.peer, code: e.code, message: e.message });
    this.giveUpIfExhausted(job, task, e.message);
    return { accepted: false, reason: `${e.code}: ${e.message}`.slice(0, 500) };
  }

  /** A result for a lease that is over (a hedge lost, the job stopped, the lease was taken back). */
  private stale(lease: Lease, withReceipt: boolean): Verdict {
    this.d.metrics.stale.inc();
    this.d.book.release(lease, 'stale result');
    if (withReceipt && lease.task.state === 'done') {
      // Proving done twice: what hedging costs, and what the fault suite counts.
      lease.task.lateResults = (lease.task.lateResults ?? 0) + 1;
      this.d.notes.quiet(lease.job.saveTask(lease.task));
    }
    return { accepted: false, reason: 'this task is no longer leased to you' };
  }

  /** A result naming a task this stream never leased: a fault, and the real lease goes back. */
  async refuseForeign(lease: Lease, claimedTaskId: string): Promise<Verdict> {
    this.d.book.release(lease, 'refused: foreign result');
    this.d.metrics.rejected.inc({ kind: lease.task.kind, reason: 'foreign_task' });
    if (await this.d.pool.fault(lease.peer, `result for unleased task ${claimedTaskId.slice(0, 100)}`)) this.d.metrics.bans.inc();
    return { accepted: false, reason: 'foreign_task: this result is for a task not leased to you on this stream' };
  }

  private note(job: ActiveJob, line: string): void {
    this.d.notes.note(job.id, line);
  }

  private giveUpIfExhausted(job: ActiveJob, task: TaskRecord, last: string): void {
    if (task.attempts < this.d.maxTaskAttempts) return;
    job.stop(new JobStopped('FAILED', `task ${task.id} failed ${task.attempts} times; the last: ${last}`));
  }
}
