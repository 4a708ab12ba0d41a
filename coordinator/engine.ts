/**
 * Runs each session to a terminal state: plan → execute (streaming segments into tasks) → wait for
 * the join tree's root while workers prove (leases: leases.ts and assign.ts; results: results.ts;
 * lost blobs: repair.ts) → finalize against the image id. State changes go to Redis as they happen,
 * so a restarted coordinator resumes every job without redoing verified work.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import type { Logger } from '../common/index.js';
import { prover, ProverError } from '../native-prover/client/index.js';
import type { BlobStore } from './blobstore.js';
import type { Executor } from './execution.js';
import type { Holdings } from './holdings.js';
import { ActiveJob, JobStopped } from './job.js';
import type { Jobs } from './jobs.js';
import { canHold } from './kinds/index.js';
import type { LeaseBook } from './leases.js';
import type { Metrics } from './metrics.js';
import type { Notes } from './notes.js';
import type { Pool } from './pool.js';
import { chargeSpent } from './quotas.js';
import { TERMINAL, type SessionRecord, type SessionStatus, type TaskRecord } from './records.js';
import type { Repairer } from './repair.js';
import type { Store } from './store.js';

export const NO_GROTH16 =
  'no worker in the pool has a Groth16 backend (RISC Zero’s groth16 prover: the risczero/risc0-groth16-prover docker image or the ' +
  'risc0-groth16 rzup component); the session’s succinct receipt is final and verifies on its own';

/** How long a snark waits for a worker with a Groth16 backend to (re)appear. */
const SNARK_POOL_GRACE_MS = 10_000;
/** How long a proof's task may have workers around but none allowed to take it. */
const ORPHAN_GRACE_MS = 120_000;
/** How often a proving job checks that the blobs its tasks need still exist. */
const BLOB_CHECK_MS = 3_000;

export interface EngineDeps {
  store: Store;
  blobs: BlobStore;
  holdings: Holdings;
  pool: Pool;
  jobs: Jobs;
  book: LeaseBook;
  executor: Executor;
  repairer: Repairer;
  metrics: Metrics;
  notes: Notes;
  log: Logger;
  workDir: string;
}

export class Engine {
  private shuttingDown = false;

  constructor(private readonly d: EngineDeps) {}

  activeJob(id: string): ActiveJob | undefined {
    return this.d.jobs.get(id);
  }

  activeJobs(): ActiveJob[] {
    return this.d.jobs.all();
  }

  /** Runs one session to a terminal state (or until shutdown). Never throws. */
  async runSession(id: string): Promise<void> {
    const { store, jobs, metrics, executor, repairer } = this.d;
    const session = await store.getSession(id);
    if (!session || TERMINAL.includes(session.status)) return;
    if (await store.stopRequested(id)) return this.finish(session, 'ABORTED', 'stopped by the client');
    // A lapsed queue lock can hand us a session we are already running.
    if (jobs.has(id)) return;
    const job = new ActiveJob(session, await store.getTasks(id), store);
    if (jobs.has(id)) return;
    jobs.add(job);
    // A stop that came while we were loading found no active job: honour it now.
    if (await store.stopRequested(id)) job.stop(new JobStopped('ABORTED', 'stopped by the client'));
    metrics.sessionsRunning.set(jobs.size);
    const note = (line: string) => this.d.notes.note(id, line);
    try {
      note(`session ${id} ${job.tasks.size ? 'resumed' : 'started'} (image ${session.imageId})`);
      if (session.kind === 'snark') return await this.snark(job);
      if (!session.po2) await executor.plan(job);
      await repairer.repair(job);
      await executor.execute(job);
      if (session.executeOnly) return await this.finish(job.session, 'SUCCEEDED');
      this.d.notes.quiet(job.setStage('ProveSegments'));
      job.advance();
      // Workers come and go; but when the pool has workers and none may take a pending task (all
      // excluded after failing it, or too small for its po2 now), waiting cannot help.
      const watch = this.watchOrphans(
        job,
        ORPHAN_GRACE_MS,
        false,
        (t) => `no worker in the pool can take task ${t.id} any more (${t.excluded.length} refused or failed it; po2 ${t.po2}); the job cannot finish`,
      );
      const blobs = setInterval(() => repairer.check(job), BLOB_CHECK_MS);
      const root = await job.root.finally(() => {
        clearInterval(watch);
        clearInterval(blobs);
      });
      job.session.times.joined = Date.now();
      this.d.notes.quiet(job.setStage('Finalize'));
      await this.finalize(job, root);
      note(`receipt verified against image ${session.imageId}`);
      await this.finish(job.session, 'SUCCEEDED');
    } catch (e) {
      if (e instanceof JobStopped && e.status === 'SHUTDOWN') return;
      const stopped = job.abort.signal.reason;
      if (stopped instanceof JobStopped && stopped.status !== 'SHUTDOWN') {
        note(`stopped: ${stopped.message}`);
        await this.finish(job.session, stopped.status, stopped.message);
      } else if (this.shuttingDown) {
        return;
      } else {
        const msg = e instanceof ProverError ? `${e.code}: ${e.message}` : (e as Error).message;
        if (!(e instanceof ProverError)) this.d.log.error('session failed', { id, error: (e as Error).stack });
        note(`failed: ${msg}`);
        await this.finish(job.session, 'FAILED', msg);
      }
    } finally {
      job.stop(new JobStopped('SHUTDOWN', 'session ended'));
      jobs.delete(id);
      metrics.sessionsRunning.set(jobs.size);
    }
  }

  /** Groth16: identity_p254 + shrink-wrap of the source session's receipt, on a worker with a backend. */
  private async snark(job: ActiveJob): Promise<void> {
    const { store, pool, blobs } = this.d;
    let src = await store.getSession(job.session.sourceSession ?? '');
    while (src?.status === 'RUNNING') {
      if (job.stopped) throw job.abort.signal.reason;
      await new Promise((r) => setTimeout(r, 1000));
      src = await store.getSession(src.id);
    }
    if (src?.status !== 'SUCCEEDED' || !src.receiptSha) {
      throw new Error(`session ${job.session.sourceSession} did not succeed (${src?.status ?? 'missing'}): there is no receipt to wrap`);
    }
    if (!job.tasks.has('groth16')) {
      if (!pool.live().some((w) => w.capacity.groth16)) throw new Error(NO_GROTH16);
      const t: TaskRecord = {
        id: 'groth16',
        kind: 'groth16',
        po2: 0,
        span: [0, (src.segments ?? 1) - 1],
        level: 0,
        inputs: [{ role: 'receipt', sha256: src.receiptSha, size: (await blobs.get(src.receiptSha))?.length ?? 0 }],
        state: 'pending',
        attempts: 0,
        excluded: [],
      };
      job.tasks.set(t.id, t);
      await job.saveTask(t);
    }
    this.d.notes.quiet(job.setStage('ProveSegments'));
    job.advance();
    // Fail clearly, not wait forever, once no worker that may take the task is left in the pool.
    const watch = this.watchOrphans(job, SNARK_POOL_GRACE_MS, true, () => NO_GROTH16);
    const done = await job.root.finally(() => clearInterval(watch));
    job.session.receiptSha = done.output!.sha256;
    job.session.times.finalized = Date.now();
    await this.finish(job.session, 'SUCCEEDED');
  }

  /**
   * Fails the job once a pending task has had no worker that may hold it for `graceMs`.
   * `emptyPoolCounts`: an empty pool also counts (a snark needs a rare kind of worker; a proof just
   * waits for workers).
   */
  private watchOrphans(job: ActiveJob, graceMs: number, emptyPoolCounts: boolean, why: (t: TaskRecord) => string): NodeJS.Timeout {
    const since = new Map<string, number>();
    return setInterval(() => {
      const live = this.d.pool.live();
      for (const t of job.tasks.values()) {
        const ok = t.state === 'done' || this.d.book.isLeased(job, t.id) || (live.length === 0 && !emptyPoolCounts) || live.some((w) => canHold(w, t));
        if (ok) since.delete(t.id);
        else if (!since.has(t.id)) since.set(t.id, Date.now());
        else if (Date.now() - since.get(t.id)! > graceMs) return job.stop(new JobStopped('FAILED', why(t)));
      }
    }, 1000);
  }

  private async finalize(job: ActiveJob, root: TaskRecord): Promise<void> {
    const out = join(this.d.workDir, job.id, 'receipt.bin');
    await mkdir(join(this.d.workDir, job.id), { recursive: true });
    const final = await prover.finalize({ root: this.d.blobs.path(root.output!.sha256), imageId: job.session.imageId, out, signal: job.abort.signal });
    const receipt = await readFile(out);
    job.session.receiptSha = await this.d.blobs.put(receipt);
    job.session.journal = final.journal;
    job.session.times.finalized = Date.now();
  }

  /** The terminal write goes through the job's write queue, so no earlier snapshot lands after it. */
  async finish(s: SessionRecord, status: SessionStatus, errorMsg?: string): Promise<void> {
    s.status = status;
    s.stage = 'Done';
    s.finishedMs = Date.now();
    if (errorMsg) s.errorMsg = errorMsg.slice(0, 4000);
    const job = this.d.jobs.get(s.id);
    if (job && job.session === s) await job.persist();
    else await this.d.store.putSession(s);
    // Whatever the outcome: what execution ran is spent (once per session; usually charged already).
    await chargeSpent(this.d.store, s);
    this.d.metrics.sessions.inc({ status });
    this.d.log.info('session finished', { id: s.id, status, errorMsg, seconds: (s.finishedMs - s.times.queued) / 1000 });
    await this.cleanup(s);
  }

  /**
   * Segments and intermediate receipts go when a job ends, and its guest and input once no record
   * or other session needs them (a terminal session never executes again); the final receipt stays.
   */
  private async cleanup(s: SessionRecord): Promise<void> {
    // A snark's input is another session's final receipt, and its output is its own result.
    if (s.kind === 'snark') return;
    await this.d.holdings.sessionEnded(s);
    const tasks = await this.d.store.getTasks(s.id);
    // Blobs are content addressed: two jobs of the same guest and input share segment blobs, so
    // each removal first checks (at that moment) that no other running job, and no record, refers to the blob.
    const drop = (sha: string) => (sha === s.receiptSha ? undefined : this.d.holdings.release(sha, s.id));
    for (const t of tasks.values()) {
      for (const i of t.inputs) await drop(i.sha256);
      if (t.output) await drop(t.output.sha256);
    }
    await rm(join(this.d.workDir, s.id), { recursive: true, force: true }).catch(() => undefined);
  }

  /** A client's sessions/stop: withdraw the job's tasks (workers are told at their next heartbeat). */
  async stop(id: string): Promise<void> {
    await this.d.store.requestStop(id);
    const job = this.d.jobs.get(id);
    if (job) return job.stop(new JobStopped('ABORTED', 'stopped by the client'));
    // Still queued: it ends now (the queue entry finds it terminal and returns).
    const s = await this.d.store.getSession(id);
    const started = this.d.jobs.get(id);
    if (started) return started.stop(new JobStopped('ABORTED', 'stopped by the client'));
    if (s && !TERMINAL.includes(s.status)) await this.finish(s, 'ABORTED', 'stopped by the client');
  }

  shutdown(): void {
    this.shuttingDown = true;
    for (const job of this.d.jobs.all()) job.stop(new JobStopped('SHUTDOWN', 'the coordinator is shutting down'));
  }
}
