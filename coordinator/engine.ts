/**
 * The heart of the coordinator: runs each session (plan → execute, streaming segments into tasks →
 * wait for the join tree's root → finalize), hands tasks to workers that ask, and takes their
 * results through the verifier. State changes go to Redis as they happen, so a restarted
 * coordinator resumes every job without redoing verified work.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { prover, ProverError } from '../native-prover/client/index.js';
import type { SegmentEvent } from '../native-prover/client/types.js';
import type { LeaseOutcome } from '../protocol/index.js';
import { sha256Of, type BlobStore } from './blobstore.js';
import { ActiveJob, JobStopped, type Lease } from './job.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { CoordinatorOptions } from './options.js';
import { choosePo2 } from './planner.js';
import { Pool, type LiveWorker } from './pool.js';
import { TERMINAL, type SessionRecord, type SessionStatus, type TaskRecord } from './records.js';
import { chooseHedge, chooseTask, type HedgeCandidate, type SchedWorker } from './scheduler.js';
import type { Store } from './store.js';
import { segTaskId } from './tree.js';
import { verifyResult, VerificationError } from './verifier.js';

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
  opts: CoordinatorOptions;
  store: Store;
  blobs: BlobStore;
  pool: Pool;
  metrics: Metrics;
  log: Logger;
  workDir: string;
}

export interface Verdict {
  accepted: boolean;
  reason: string;
}

export class Engine {
  private readonly active = new Map<string, ActiveJob>();
  private readonly opts: CoordinatorOptions;
  private readonly log: Logger;
  private shuttingDown = false;

  constructor(private readonly d: EngineDeps) {
    this.opts = d.opts;
    this.log = d.log;
  }

  /** Background writes: a Redis failure is logged, never an unhandled rejection. */
  private quiet(p: Promise<unknown>): void {
    p.catch((e: Error) => this.log.warn('redis write failed', { error: e.message }));
  }

  private quietLog(sid: string, line: string): void {
    this.quiet(this.d.store.log(sid, line));
  }

  activeJob(id: string): ActiveJob | undefined {
    return this.active.get(id);
  }

  activeJobs(): ActiveJob[] {
    return [...this.active.values()];
  }

  // ---------------------------------------------------------------- sessions

  /** Runs one session to a terminal state (or until shutdown). Never throws. */
  async runSession(id: string): Promise<void> {
    const session = await this.d.store.getSession(id);
    if (!session || TERMINAL.includes(session.status)) return;
    if (await this.d.store.stopRequested(id)) return this.finish(session, 'ABORTED', 'stopped by the client');
    // A lapsed queue lock can hand us a session we are already running.
    if (this.active.has(id)) return;
    const job = new ActiveJob(session, await this.d.store.getTasks(id), this.d.store);
    if (this.active.has(id)) return;
    this.active.set(id, job);
    // A stop that came while we were loading found no active job: honour it now.
    if (await this.d.store.stopRequested(id)) job.stop(new JobStopped('ABORTED', 'stopped by the client'));
    this.d.metrics.sessionsRunning.set(this.active.size);
    const note = (line: string) => this.quietLog(id, line);
    try {
      note(`session ${id} ${job.tasks.size ? 'resumed' : 'started'} (image ${session.imageId})`);
      if (session.kind === 'snark') return await this.snark(job);
      if (!session.po2) await this.plan(job);
      await this.repair(job);
      await this.execute(job, note);
      if (session.executeOnly) return await this.finish(job.session, 'SUCCEEDED');
      this.setStage(job, 'ProveSegments');
      job.advance();
      // Workers come and go; but when the pool has workers and none may take a pending task (all
      // excluded after failing it, or too small for its po2 now), waiting cannot help.
      const watch = this.watchOrphans(job, ORPHAN_GRACE_MS, false, (t) =>
        `no worker in the pool can take task ${t.id} any more (${t.excluded.length} refused or failed it; po2 ${t.po2}); the job cannot finish`,
      );
      const blobs = setInterval(() => this.checkBlobs(job, note), BLOB_CHECK_MS);
      const root = await job.root.finally(() => {
        clearInterval(watch);
        clearInterval(blobs);
      });
      job.session.times.joined = Date.now();
      this.setStage(job, 'Finalize');
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
        if (!(e instanceof ProverError)) this.log.error('session failed', { id, error: (e as Error).stack });
        note(`failed: ${msg}`);
        await this.finish(job.session, 'FAILED', msg);
      }
    } finally {
      job.stop(new JobStopped('SHUTDOWN', 'session ended'));
      this.active.delete(id);
      this.d.metrics.sessionsRunning.set(this.active.size);
    }
  }

  /** Groth16: identity_p254 + shrink-wrap of the source session's receipt, on a worker with a backend. */
  private async snark(job: ActiveJob): Promise<void> {
    let src = await this.d.store.getSession(job.session.sourceSession ?? '');
    while (src?.status === 'RUNNING') {
      if (job.stopped) throw job.abort.signal.reason;
      await new Promise((r) => setTimeout(r, 1000));
      src = await this.d.store.getSession(src.id);
    }
    if (!src || src.status !== 'SUCCEEDED' || !src.receiptSha) {
      throw new Error(`session ${job.session.sourceSession} did not succeed (${src?.status ?? 'missing'}): there is no receipt to wrap`);
    }
    if (!job.tasks.has('groth16')) {
      if (!this.d.pool.live().some((w) => w.capacity.groth16)) throw new Error(NO_GROTH16);
      const t: TaskRecord = {
        id: 'groth16',
        kind: 'groth16',
        po2: 0,
        span: [0, (src.segments ?? 1) - 1],
        level: 0,
        inputs: [{ role: 'receipt', sha256: src.receiptSha, size: (await this.d.blobs.get(src.receiptSha))?.length ?? 0 }],
        state: 'pending',
        attempts: 0,
        excluded: [],
      };
      job.tasks.set(t.id, t);
      await job.saveTask(t);
    }
    this.setStage(job, 'ProveSegments');
    job.advance();
    // Fail clearly, not wait forever, once no worker that may take the task is left in the pool.
    const watch = this.watchOrphans(job, SNARK_POOL_GRACE_MS, true, () => NO_GROTH16);
    const done = await job.root.finally(() => clearInterval(watch));
    job.session.receiptSha = done.output!.sha256;
    job.session.times.finalized = Date.now();
    await this.finish(job.session, 'SUCCEEDED');
  }

  /**
   * A verified receipt whose blob is gone (a disk cleaned, a store shared with another job) and that
   * is still needed goes back to pending, and joins waiting on missing inputs are dropped (the tree
   * recreates them once their children exist again). Missing segments are re-executed by execute().
   */
  private eligible(w: LiveWorker, t: TaskRecord): boolean {
    const c = w.capacity;
    if (!c.canAggregate || t.excluded.includes(w.peer)) return false;
    if (t.kind === 'groth16') return c.groth16;
    return t.kind !== 'prove_lift' || c.maxPo2 >= t.po2;
  }

  /**
   * Fails the job once a pending task has had no eligible worker for `graceMs`. `emptyPoolCounts`:
   * an empty pool also counts (a snark needs a rare kind of worker; a proof just waits for workers).
   */
  private watchOrphans(job: ActiveJob, graceMs: number, emptyPoolCounts: boolean, why: (t: TaskRecord) => string): NodeJS.Timeout {
    const since = new Map<string, number>();
    return setInterval(() => {
      const live = this.d.pool.live();
      for (const t of job.tasks.values()) {
        const ok = t.state === 'done' || job.leases.has(t.id) || (live.length === 0 && !emptyPoolCounts) || live.some((w) => this.eligible(w, t));
        if (ok) since.delete(t.id);
        else if (!since.has(t.id)) since.set(t.id, Date.now());
        else if (Date.now() - since.get(t.id)! > graceMs) return job.stop(new JobStopped('FAILED', why(t)));
      }
    }, 1000);
  }

  private async repair(job: ActiveJob): Promise<void> {
    // A lost receipt is needed unless a verified parent with its own receipt already covers it;
    // redoing a parent makes its children needed again, so repeat until nothing changes.
    const covered = (sha: string) =>
      [...job.tasks.values()].some((p) => p.state === 'done' && p.output && this.d.blobs.has(p.output.sha256) && p.inputs.some((i) => i.sha256 === sha));
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of job.tasks.values()) {
        if (t.state !== 'done' || !t.output || this.d.blobs.has(t.output.sha256) || covered(t.output.sha256)) continue;
        t.state = 'pending';
        t.output = undefined;
        changed = true;
        this.d.metrics.regenerated.inc({ what: 'receipt' });
        await job.saveTask(t);
        this.quietLog(job.id, `${t.id}: its receipt is missing from the store; proving it again`);
      }
    }
    for (const t of [...job.tasks.values()]) {
      if (t.kind !== 'join' || t.state !== 'pending' || t.inputs.every((i) => this.d.blobs.has(i.sha256)) || job.leases.has(t.id)) continue;
      await job.deleteTask(t.id);
    }
  }

  /**
   * A blob a task needs went missing mid-run (a disk cleaned, a store shared with another job, a
   * worker reporting it unavailable): re-prove lost receipts; a lost segment means executing again
   * (see dropExecution). One repair at a time.
   */
  private checkBlobs(job: ActiveJob, note: (l: string) => void): void {
    if (job.repairing || job.stopped) return;
    const lost = (t: TaskRecord) =>
      (t.state === 'pending' && !job.leases.has(t.id) && t.inputs.some((i) => !this.d.blobs.has(i.sha256))) ||
      (t.state === 'done' && t.output !== undefined && !this.d.blobs.has(t.output.sha256));
    if (![...job.tasks.values()].some(lost)) return;
    job.repairing = this.regenerate(job, note)
      .catch((e: Error) => job.stop(new JobStopped('FAILED', `could not regenerate a lost blob: ${e.message}`)))
      .finally(() => (job.repairing = undefined));
  }

  private async regenerate(job: ActiveJob, note: (l: string) => void): Promise<void> {
    await this.repair(job);
    const segments = this.lostSegments(job);
    if (segments.length > 0) {
      this.d.metrics.regenerated.inc({ what: 'segment' }, segments.length);
      note(`segment blobs of ${segments.map((t) => t.id).join(', ')} are missing: executing again`);
      await this.execute(job, note);
      if (job.stopped) return;
      this.setStage(job, 'ProveSegments');
    }
    job.advance();
  }

  /** Segment tasks still to prove whose segment blob is gone. */
  private lostSegments(job: ActiveJob): TaskRecord[] {
    return [...job.tasks.values()].filter((t) => t.kind === 'prove_lift' && t.state === 'pending' && !this.d.blobs.has(t.inputs[0]!.sha256));
  }

  private setStage(job: ActiveJob, stage: SessionRecord['stage']): void {
    job.session.stage = stage;
    this.quiet(job.persist());
  }

  private async plan(job: ActiveJob): Promise<void> {
    this.setStage(job, 'Planning');
    job.session.times.planning = Date.now();
    const until = Date.now() + this.opts.poolWaitMs;
    for (;;) {
      if (job.stopped) throw job.abort.signal.reason;
      const pool = this.d.pool.live().map((w) => ({ maxPo2: w.capacity.maxPo2, speeds: w.capacity.speeds }));
      const plan = choosePo2(pool, this.opts);
      if (plan) {
        job.session.po2 = plan.po2;
        await job.persist();
        this.quietLog(job.id, `planned po2 ${plan.po2}: ${plan.reason}`);
        return;
      }
      if (Date.now() > until) {
        // Nobody yet: plan for a typical 8 GB machine; the job waits for workers either way.
        job.session.po2 = Math.min(this.opts.maxPo2, 18);
        await job.persist();
        this.quietLog(job.id, `no worker able to prove joined within ${this.opts.poolWaitMs} ms; planned po2 ${job.session.po2}`);
        return;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  /** Execute (or re-execute after a restart or a lost segment blob), streaming segments into tasks. */
  private async execute(job: ActiveJob, note: (l: string) => void): Promise<void> {
    const s = job.session;
    if (s.segments !== undefined && this.lostSegments(job).length === 0) return;
    if ([...job.tasks.values()].some((t) => t.kind === 'prove_lift')) await this.dropExecution(job, note);
    const image = await this.d.store.getImage(s.imageId);
    const input = await this.d.store.getInput(s.inputId);
    if (!image || !this.d.blobs.has(image.sha256)) throw new Error(`the guest ${s.imageId} is no longer stored; upload it again`);
    // The input as it was when the session was created (the upload url could be written again).
    const inputSha = s.inputSha ?? input?.sha256;
    if (!inputSha || !this.d.blobs.has(inputSha)) throw new Error(`the input ${s.inputId} is no longer stored; upload it again`);
    this.setStage(job, 'Executing');
    s.times.executing ??= Date.now();
    const outDir = join(this.d.workDir, s.id, `exec-${randomBytes(4).toString('hex')}`);
    await mkdir(outDir, { recursive: true });
    let chain = Promise.resolve();
    try {
      const session = await prover.execute({
        guest: this.d.blobs.path(image.sha256),
        input: this.d.blobs.path(inputSha),
        outDir,
        po2: s.po2!,
        cycleLimit: s.cycleLimit,
        signal: job.abort.signal,
        // Segments become tasks while execution continues, so proving starts at once.
        onSegment: (seg) => {
          chain = chain.then(() => this.addSegment(job, seg));
          // Seen by the `await chain` below; a failure also stops the execution at once.
          chain.catch((e: Error) => job.stop(new JobStopped('FAILED', `could not take segment ${seg.index}: ${e.message}`)));
        },
      });
      await chain;
      if (session.exit_code.kind !== 'Halted' || session.exit_code.user !== 0) {
        throw new Error(`the guest ended with ${session.exit_code.kind}(${session.exit_code.user}); only a guest that halts with 0 can be proved`);
      }
      s.segments = session.segments;
      s.segmentsSeen = session.segments;
      s.totalCycles = session.total_cycles;
      s.userCycles = session.user_cycles;
      s.journal = session.journal;
      s.times.executed = Date.now();
      await job.persist();
      note(`executed: ${session.segments} segments of po2 ${s.po2}, ${session.user_cycles} user / ${session.total_cycles} total cycles`);
    } catch (e) {
      await chain.catch(() => undefined);
      if (job.stopped) throw job.abort.signal.reason;
      throw e;
    } finally {
      await rm(outDir, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /**
   * RISC Zero randomises the guest's memory image at start (sys_rand), so another execution of the
   * same guest and input ends with the same journal but passes through other intermediate states:
   * its segments have other claims and cannot be joined with receipts of the first execution's.
   * Executing again therefore replaces the whole tree: leases are withdrawn (the workers are told
   * to stop at their next heartbeat), tasks and their blobs go, and the job proves the new segments.
   */
  private async dropExecution(job: ActiveJob, note: (l: string) => void): Promise<void> {
    for (const l of [...job.leases.values(), ...job.hedges.values()]) this.release(l, 'the job is executed again');
    const old = [...job.tasks.values()];
    for (const t of old) await job.deleteTask(t.id);
    for (const sha of new Set(old.flatMap((t) => [...t.inputs.map((i) => i.sha256), ...(t.output ? [t.output.sha256] : [])]))) {
      if (!this.stillNeeded(sha)) await this.d.blobs.remove(sha);
    }
    job.session.segments = undefined;
    job.session.segmentsSeen = 0;
    await job.persist();
    const verified = old.filter((t) => t.state === 'done').length;
    this.d.metrics.reexecutions.inc();
    note(`executing again replaces the earlier execution's ${old.length} tasks (${verified} verified receipts dropped): each execution randomises the guest's memory image, so its segments have other claims`);
  }

  private async addSegment(job: ActiveJob, seg: SegmentEvent): Promise<void> {
    if (job.session.executeOnly) {
      job.session.segmentsSeen = Math.max(job.session.segmentsSeen, seg.index + 1);
      return rm(seg.file, { force: true });
    }
    const data = await readFile(seg.file);
    const sha256 = await this.d.blobs.put(data);
    await rm(seg.file, { force: true });
    job.session.segmentsSeen = Math.max(job.session.segmentsSeen, seg.index + 1);
    const id = segTaskId(seg.index);
    const existing = job.tasks.get(id);
    if (existing?.state === 'done') return;
    if (existing && existing.expectedClaim !== seg.claim_digest) {
      throw new Error(`re-execution predicted claim ${seg.claim_digest} for segment ${seg.index}, not ${existing.expectedClaim}: execution is not deterministic`);
    }
    const t: TaskRecord = existing ?? {
      id,
      kind: 'prove_lift',
      po2: seg.po2,
      span: [seg.index, seg.index],
      level: 0,
      inputs: [{ role: 'segment', sha256, size: data.length }],
      expectedClaim: seg.claim_digest,
      state: 'pending',
      attempts: 0,
      excluded: [],
      createdMs: Date.now(),
    };
    t.inputs = [{ role: 'segment', sha256, size: data.length }];
    job.tasks.set(id, t);
    await job.saveTask(t);
    this.quiet(job.persist());
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
    const job = this.active.get(s.id);
    if (job && job.session === s) await job.persist();
    else await this.d.store.putSession(s);
    if (status === 'SUCCEEDED' && s.kind === 'prove') await this.d.store.addUsage(s.owner, s.totalCycles ?? 0);
    this.d.metrics.sessions.inc({ status });
    this.log.info('session finished', { id: s.id, status, errorMsg, seconds: (s.finishedMs - s.times.queued) / 1000 });
    await this.cleanup(s);
  }

  /** Segments and intermediate receipts go when a job ends; the final receipt stays. */
  private async cleanup(s: SessionRecord): Promise<void> {
    // A snark's input is another session's final receipt, and its output is its own result.
    if (s.kind === 'snark') return;
    const tasks = await this.d.store.getTasks(s.id);
    // Blobs are content addressed: two jobs of the same guest and input share segment blobs, so
    // each removal first checks (at that moment) that no other running job refers to the blob.
    const drop = (sha: string) => (sha === s.receiptSha || this.stillNeeded(sha, s.id) ? undefined : this.d.blobs.remove(sha));
    for (const t of tasks.values()) {
      for (const i of t.inputs) await drop(i.sha256);
      if (t.output) await drop(t.output.sha256);
    }
    await rm(join(this.d.workDir, s.id), { recursive: true, force: true }).catch(() => undefined);
  }

  /** A client's sessions/stop: withdraw the job's tasks (workers are told at their next heartbeat). */
  async stop(id: string): Promise<void> {
    await this.d.store.requestStop(id);
    const job = this.active.get(id);
    if (job) return job.stop(new JobStopped('ABORTED', 'stopped by the client'));
    // Still queued: it ends now (the queue entry finds it terminal and returns).
    const s = await this.d.store.getSession(id);
    const started = this.active.get(id);
    if (started) return started.stop(new JobStopped('ABORTED', 'stopped by the client'));
    if (s && !TERMINAL.includes(s.status)) await this.finish(s, 'ABORTED', 'stopped by the client');
  }

  shutdown(): void {
    this.shuttingDown = true;
    for (const job of this.active.values()) job.stop(new JobStopped('SHUTDOWN', 'the coordinator is shutting down'));
  }

  // ---------------------------------------------------------------- dispatch

  /** The task to lease to this worker, if any (the policy lives in scheduler.ts). */
  pick(worker: LiveWorker): Lease | undefined {
    const asSched = (w: LiveWorker): SchedWorker => ({ peer: w.peer, ...w.capacity });
    const live = this.d.pool.live().filter((w) => w.capacity.canAggregate).map(asSched);
    const jobs = [...this.active.values()]
      .filter((j) => !j.stopped && (j.session.stage === 'ProveSegments' || j.session.stage === 'Executing'))
      .sort((a, b) => a.session.times.queued - b.session.times.queued);
    const open = (j: ActiveJob) => [...j.tasks.values()].filter((t) => t.state === 'pending' && !j.leases.has(t.id) && t.inputs.every((i) => this.d.blobs.has(i.sha256)));
    const choice = chooseTask(asSched(worker), live, jobs.map((j) => ({ open: open(j), excluded: (t: TaskRecord) => t.excluded })));
    if (choice) return this.lease(jobs[choice.job]!, choice.task, worker, false);
    return this.pickHedge(worker, jobs);
  }

  /** Nothing open for this worker: duplicate a straggler's task, if one holds up a job. */
  private pickHedge(worker: LiveWorker, jobs: ActiveJob[]): Lease | undefined {
    const now = Date.now();
    const found: { job: ActiveJob; c: HedgeCandidate<TaskRecord> }[] = [];
    for (const job of jobs) {
      if (job.session.stage !== 'ProveSegments') continue;
      for (const l of job.leases.values()) {
        if (l.task.state !== 'pending' || !l.task.inputs.every((i) => this.d.blobs.has(i.sha256))) continue;
        found.push({
          job,
          c: {
            task: l.task,
            holder: l.peer,
            holderExpected: l.expectedSeconds,
            elapsed: (now - l.startedMs) / 1000,
            idleExpected: Pool.expectedSeconds(worker.capacity, l.task.kind, l.task.po2),
            hedged: job.hedges.has(l.task.id),
            excluded: l.task.excluded,
          },
        });
      }
    }
    const i = chooseHedge({ peer: worker.peer, ...worker.capacity }, found.map((f) => f.c), this.opts.hedgeAfter);
    if (i === undefined) return undefined;
    const { job, c } = found[i]!;
    this.d.metrics.hedges.inc({ kind: c.task.kind });
    this.quietLog(job.id, `${c.task.id} hedged: ${c.holder.slice(-8)} has run ${c.elapsed.toFixed(0)} s of an expected ${c.holderExpected.toFixed(0)} s; ${worker.peer.slice(-8)} expects ${c.idleExpected.toFixed(0)} s`);
    return this.lease(job, c.task, worker, true);
  }

  private lease(job: ActiveJob, task: TaskRecord, worker: LiveWorker, hedge: boolean): Lease {
    const expected = Pool.expectedSeconds(worker.capacity, task.kind, task.po2);
    const now = Date.now();
    const lease: Lease = {
      id: randomBytes(8).toString('hex'),
      job,
      task,
      peer: worker.peer,
      startedMs: now,
      hardDeadlineMs: now + (this.opts.leaseSlack * expected + 60) * 1000,
      expectedSeconds: expected,
      hedge,
    };
    (hedge ? job.hedges : job.leases).set(task.id, lease);
    task.leases = (task.leases ?? 0) + 1;
    if (hedge) task.hedges = (task.hedges ?? 0) + 1;
    this.quiet(job.saveTask(task));
    worker.leases++;
    job.session.times.firstLease ??= now;
    this.d.metrics.leases.inc({ kind: task.kind });
    this.quietLog(job.id, `${task.id} leased to ${worker.peer.slice(-8)} (expected ${expected.toFixed(0)} s)${hedge ? ' as a hedge' : ''}`);
    return lease;
  }

  /** Still wanted: the job runs and this lease is one of the task's current ones. */
  isCurrent(lease: Lease): boolean {
    const { job, task } = lease;
    return !job.stopped && task.state === 'pending' && (job.leases.get(task.id) === lease || job.hedges.get(task.id) === lease);
  }

  /**
   * Ends the lease if it is still one of the task's current ones (false when it already ended).
   * When the first copy of a hedged task ends, the hedge becomes the task's lease.
   */
  private endLease(lease: Lease): boolean {
    const { job, task } = lease;
    if (job.hedges.get(task.id) === lease) job.hedges.delete(task.id);
    else if (job.leases.get(task.id) === lease) {
      job.leases.delete(task.id);
      const hedge = job.hedges.get(task.id);
      if (hedge) {
        job.hedges.delete(task.id);
        job.leases.set(task.id, hedge);
      }
    } else return false;
    const w = this.d.pool.get(lease.peer);
    if (w) w.leases = Math.max(0, w.leases - 1);
    return true;
  }

  /** The lease ends without a result (worker gone, missed heartbeats, overdue, handed back). */
  release(lease: Lease, reason: string): void {
    if (!this.endLease(lease)) return;
    this.d.metrics.released.inc({ reason: reason.split(':')[0]!.slice(0, 40) });
    if (!lease.job.stopped) this.quietLog(lease.job.id, `${lease.task.id} back in the queue: ${reason}`);
  }

  /** A worker's result: verify it, then take it into the tree or refuse it. */
  async complete(lease: Lease, outcome: LeaseOutcome): Promise<Verdict> {
    const { job, task } = lease;
    if (!this.isCurrent(lease)) return this.stale(lease, outcome.output !== undefined);
    const note = (l: string) => this.quietLog(job.id, l);
    const err = outcome.result.error;
    if (err || !outcome.output) {
      this.release(lease, `worker error: ${err?.code ?? 'no output'}`);
      this.d.metrics.failed.inc({ kind: task.kind, code: err?.code ?? 'no_output' });
      await this.d.pool.failed(lease.peer);
      task.attempts++;
      if (err && !err.retryable) task.excluded.push(lease.peer);
      await job.saveTask(task);
      note(`${task.id} failed on ${lease.peer.slice(-8)}: ${err?.code}: ${err?.message}`);
      if (err?.code === 'blob_unavailable') {
        await this.repair(job);
        job.advance();
      }
      this.giveUpIfExhausted(job, task, err?.message ?? 'no output');
      return { accepted: true, reason: 'error noted' };
    }
    // Content addressed: a replayed receipt may be the very blob of another task or job, which
    // must survive its refusal. Only a blob this result created may be removed.
    const existed = this.d.blobs.has(sha256Of(outcome.output));
    const sha = await this.d.blobs.put(outcome.output);
    const verifyStart = Date.now();
    try {
      const out = await verifyResult(task, sha, this.d.blobs, job.session.imageId);
      const verifiedMs = Date.now();
      out.size = outcome.output.length;
      if (!this.isCurrent(lease)) {
        if (!existed && !this.stillNeeded(sha)) await this.d.blobs.remove(sha);
        return this.stale(lease, true);
      }
      const other = job.leases.get(task.id) === lease ? job.hedges.get(task.id) : job.leases.get(task.id);
      if (other) {
        this.d.metrics.hedgeWins.inc({ winner: lease.hedge ? 'hedge' : 'original' });
        note(`${task.id}: ${lease.hedge ? 'the hedge' : 'the original lease'} won; ${other.peer.slice(-8)} is told to stop`);
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
      this.endLease(lease);
      await job.saveTask(task);
      await this.d.pool.accepted(lease.peer);
      this.d.metrics.accepted.inc({ kind: task.kind });
      this.d.metrics.taskSeconds.observe({ kind: task.kind }, task.seconds);
      note(`${task.id} verified (${lease.peer.slice(-8)}, ${task.seconds.toFixed(1)} s)`);
      const c = job.counts();
      if (task.kind === 'prove_lift' && c.segmentsDone === job.session.segments) job.session.times.segmentsProved = Date.now();
      job.advance();
      this.quiet(job.persist());
      return { accepted: true, reason: '' };
    } catch (e) {
      if (!existed) await this.d.blobs.remove(sha);
      if (!(e instanceof VerificationError)) {
        // Our verifier failed, not the worker: try the task again without blaming anyone.
        this.release(lease, `verifier error: ${(e as Error).message.slice(0, 200)}`);
        task.attempts++;
        await job.saveTask(task);
        this.log.error('could not verify a result', { job: job.id, task: task.id, error: (e as Error).message });
        this.giveUpIfExhausted(job, task, `the coordinator could not verify a result: ${(e as Error).message}`);
        return { accepted: false, reason: 'the coordinator could not verify this result; the task will be retried' };
      }
      this.release(lease, `refused: ${e.code}`);
      this.d.metrics.rejected.inc({ kind: task.kind, reason: e.code });
      task.attempts++;
      task.excluded.push(lease.peer);
      await job.saveTask(task);
      if (await this.d.pool.fault(lease.peer, `${task.id}: ${e.code}`)) this.d.metrics.bans.inc();
      note(`${task.id} from ${lease.peer.slice(-8)} refused: ${e.code}: ${e.message}`);
      this.log.warn('result refused', { job: job.id, task: task.id, peer: lease.peer, code: e.code, message: e.message });
      this.giveUpIfExhausted(job, task, e.message);
      return { accepted: false, reason: `${e.code}: ${e.message}`.slice(0, 500) };
    }
  }

  /** A result for a lease that is over (a hedge lost, the job stopped, the lease was taken back). */
  private stale(lease: Lease, withReceipt: boolean): Verdict {
    this.d.metrics.stale.inc();
    this.release(lease, 'stale result');
    if (withReceipt && lease.task.state === 'done') {
      // Proving done twice: what hedging costs, and what the fault suite counts.
      lease.task.lateResults = (lease.task.lateResults ?? 0) + 1;
      this.quiet(lease.job.saveTask(lease.task));
    }
    return { accepted: false, reason: 'this task is no longer leased to you' };
  }

  /**
   * Blobs are content addressed: two jobs of the same guest and input share segment blobs, and a
   * replayed receipt may be another task's. A blob goes only when no running job (but `except`)
   * refers to it at that moment.
   */
  private stillNeeded(sha: string, except?: string): boolean {
    return [...this.active.values()].some((j) => j.id !== except && [...j.tasks.values()].some((t) => t.output?.sha256 === sha || t.inputs.some((i) => i.sha256 === sha)));
  }

  /** A result naming a task this stream never leased: a fault, and the real lease goes back. */
  async refuseForeign(lease: Lease, claimedTaskId: string): Promise<Verdict> {
    this.release(lease, 'refused: foreign result');
    this.d.metrics.rejected.inc({ kind: lease.task.kind, reason: 'foreign_task' });
    if (await this.d.pool.fault(lease.peer, `result for unleased task ${claimedTaskId.slice(0, 100)}`)) this.d.metrics.bans.inc();
    return { accepted: false, reason: 'foreign_task: this result is for a task not leased to you on this stream' };
  }

  private giveUpIfExhausted(job: ActiveJob, task: TaskRecord, last: string): void {
    if (task.attempts < this.opts.maxTaskAttempts) return;
    job.stop(new JobStopped('FAILED', `task ${task.id} failed ${task.attempts} times; the last: ${last}`));
  }
}
