/**
 * Planning and executing a session: the po2 from the live pool, then `wholesum-prover execute`,
 * whose segments become `prove_lift` tasks the moment they exist, so proving starts while execution
 * goes on. Executing again (after a restart mid-execution or a lost segment blob) replaces the task
 * tree, since each execution randomises the guest's memory image (see dropExecution).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { prover, ProverError } from '../native-prover/client/index.js';
import type { SegmentEvent } from '../native-prover/client/types.js';
import type { BlobStore } from './blobstore.js';
import type { Holdings } from './holdings.js';
import { type ActiveJob, JobStopped } from './job.js';
import type { LeaseBook } from './leases.js';
import type { Metrics } from './metrics.js';
import type { Notes } from './notes.js';
import type { CoordinatorOptions } from './options.js';
import { candidatePo2s, choosePo2, type JobSize, type ProverView } from './planner.js';
import { preflight } from './preflight.js';
import type { Pool } from './pool.js';
import { chargeSpent } from './quotas.js';
import type { TaskRecord } from './records.js';
import type { Store } from './store.js';
import { Trust } from './trust.js';
import { segTaskId } from './tree.js';

export interface ExecutorDeps {
  opts: CoordinatorOptions;
  store: Store;
  blobs: BlobStore;
  /** Removes a dropped task's blob unless a record, a session or another job still needs it. */
  holdings: Holdings;
  pool: Pool;
  trust: Trust;
  book: LeaseBook;
  metrics: Metrics;
  notes: Notes;
  workDir: string;
}

export class Executor {
  constructor(private readonly d: ExecutorDeps) {}

  /** Segment tasks still to prove whose segment blob is gone. */
  lostSegments(job: ActiveJob): TaskRecord[] {
    return [...job.tasks.values()].filter((t) => t.kind === 'prove_lift' && t.state === 'pending' && !this.d.blobs.has(t.inputs[0]!.sha256));
  }

  /** Fixes the job's po2 (a restart keeps it): --segment-po2, or what the live pool holds. */
  async plan(job: ActiveJob): Promise<void> {
    const { opts, notes } = this.d;
    notes.quiet(job.setStage('Planning'));
    job.session.times.planning = Date.now();
    const until = Date.now() + opts.poolWaitMs;
    for (;;) {
      if (job.stopped) throw job.abort.signal.reason;
      const largest = choosePo2(this.poolView(), opts);
      if (largest) {
        const size = opts.segmentPo2 ? undefined : await this.size(job, largest.po2);
        // The pool as it is after the preflight (seconds, for a large job).
        const plan = (size && choosePo2(this.poolView(), opts, size)) || largest;
        job.session.po2 = plan.po2;
        await job.persist();
        notes.note(job.id, `planned po2 ${plan.po2}: ${plan.reason}`);
        return;
      }
      if (Date.now() > until) {
        // Nobody yet: plan for a typical 8 GB machine; the job waits for workers either way.
        job.session.po2 = Math.min(opts.maxPo2, 18);
        await job.persist();
        notes.note(job.id, `no worker able to prove joined within ${opts.poolWaitMs} ms; planned po2 ${job.session.po2}`);
        return;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  /**
   * The pool as the planner sees it, in times this coordinator believes (trust.ts: measured, else
   * clamped claims). Verified peers only, once there are any: fresh identities cost nothing, so a
   * swarm of them claiming to be fast must not make every job split finer.
   */
  private poolView(): ProverView[] {
    const live = this.d.pool.live();
    const verified = live.filter((w) => Trust.verified(w.record));
    return (verified.length ? verified : live).map((w) => {
      const liftSeconds = this.d.trust.liftSeconds(w);
      return {
        maxPo2: w.capacity.maxPo2,
        speeds: w.capacity.speeds.map((s) => ({ po2: s.po2, proveSeconds: Math.max(0, this.d.trust.expected(w, 'prove_lift', s.po2) - liftSeconds) })),
        liftSeconds,
        joinSeconds: this.d.trust.expected(w, 'join', 0),
      };
    });
  }

  /** The job's size for the planner (preflight.ts), or undefined: plan from the pool alone. */
  private async size(job: ActiveJob, upTo: number): Promise<JobSize | undefined> {
    const s = job.session;
    if (s.executeOnly || !this.d.opts.preflightCycles || !s.imageSha || !s.inputSha) return undefined;
    const p = await preflight(this.d, { imageSha: s.imageSha, inputSha: s.inputSha, cycleLimit: s.cycleLimit, signal: job.abort.signal }, candidatePo2s(upTo), this.d.opts.preflightCycles);
    if (p?.seconds) this.d.notes.note(job.id, `preflight: ${p.userCycles} user cycles, executed at po2 ${p.executed.join(', ')} in ${p.seconds.toFixed(1)} s`);
    return p;
  }

  /** Execute (or re-execute after a restart or a lost segment blob), streaming segments into tasks. */
  async execute(job: ActiveJob): Promise<void> {
    const { store, blobs, notes } = this.d;
    const s = job.session;
    if (s.segments !== undefined && this.lostSegments(job).length === 0) return;
    if ([...job.tasks.values()].some((t) => t.kind === 'prove_lift')) await this.dropExecution(job);
    // The guest and input as they were when the session was created (the upload url could be
    // written again, the image deleted): the session's own references keep those blobs.
    const imageSha = s.imageSha ?? (await store.getImage(s.imageId))?.sha256;
    if (!imageSha || !blobs.has(imageSha)) throw new Error(`the guest ${s.imageId} is no longer stored; upload it again`);
    const inputSha = s.inputSha ?? (await store.getInput(s.inputId))?.sha256;
    if (!inputSha || !blobs.has(inputSha)) throw new Error(`the input ${s.inputId} is no longer stored; upload it again`);
    notes.quiet(job.setStage('Executing'));
    s.times.executing ??= Date.now();
    const outDir = join(this.d.workDir, s.id, `exec-${randomBytes(4).toString('hex')}`);
    await mkdir(outDir, { recursive: true });
    let chain = Promise.resolve();
    // What this execution ran so far: charged if it fails or is stopped before it ends.
    let streamed = 0;
    try {
      const session = await prover.execute({
        guest: blobs.path(imageSha),
        input: blobs.path(inputSha),
        outDir,
        po2: s.po2!,
        cycleLimit: s.cycleLimit,
        signal: job.abort.signal,
        // Segments become tasks while execution continues, so proving starts at once.
        onSegment: (seg) => {
          streamed += seg.cycles;
          chain = chain.then(() => this.addSegment(job, seg));
          // Seen by the `await chain` below; a failure also stops the execution at once.
          chain.catch((e: Error) => job.stop(new JobStopped('FAILED', `could not take segment ${seg.index}: ${e.message}`)));
        },
      });
      await chain;
      s.spentCycles = session.total_cycles;
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
      // Charged when spent, not when the proof succeeds: a session that fails or is stopped later
      // has used these cycles all the same.
      await chargeSpent(store, s);
      notes.note(job.id, `executed: ${session.segments} segments of po2 ${s.po2}, ${session.user_cycles} user / ${session.total_cycles} total cycles`);
    } catch (e) {
      await chain.catch(() => undefined);
      // The engine charges this at the terminal write (never at a shutdown: the session resumes and
      // executes again). Past the limit, execution ran at least the limit's user cycles.
      const pastLimit = e instanceof ProverError && e.code === 'cycle_limit_exceeded' ? s.cycleLimit : 0;
      s.spentCycles = Math.max(s.spentCycles ?? 0, streamed, pastLimit);
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
  private async dropExecution(job: ActiveJob): Promise<void> {
    this.d.book.withdraw(job, 'the job is executed again');
    const old = [...job.tasks.values()];
    for (const t of old) await job.deleteTask(t.id);
    for (const sha of new Set(old.flatMap((t) => [...t.inputs.map((i) => i.sha256), ...(t.output ? [t.output.sha256] : [])]))) {
      await this.d.holdings.release(sha);
    }
    job.session.segments = undefined;
    job.session.segmentsSeen = 0;
    await job.persist();
    const verified = old.filter((t) => t.state === 'done').length;
    this.d.metrics.reexecutions.inc();
    this.d.notes.note(
      job.id,
      `executing again replaces the earlier execution's ${old.length} tasks (${verified} verified receipts dropped): each execution randomises the guest's memory image, so its segments have other claims`,
    );
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
    this.d.notes.quiet(job.persist());
  }
}
