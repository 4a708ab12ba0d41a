/**
 * Which task a worker that asks gets: an open task of the oldest job it fits (scheduler.ts
 * `chooseTask`), else a second copy of a straggler's task (`chooseHedge`). What the worker claims
 * is seen through the trust model (trust.ts): its measured times, the leases its record justifies,
 * probation. The lease itself is made by the lease book.
 */
import type { BlobStore } from './blobstore.js';
import type { ActiveJob } from './job.js';
import type { Jobs } from './jobs.js';
import type { Lease, LeaseBook } from './leases.js';
import type { Metrics } from './metrics.js';
import type { Notes } from './notes.js';
import type { LiveWorker, Pool } from './pool.js';
import type { TaskRecord } from './records.js';
import { chooseHedge, chooseTask, type HedgeCandidate, type SchedWorker } from './scheduler.js';
import { Trust } from './trust.js';

export interface AssignerDeps {
  jobs: Jobs;
  book: LeaseBook;
  pool: Pool;
  blobs: BlobStore;
  metrics: Metrics;
  notes: Notes;
  trust: Trust;
  hedgeAfter: number;
}

/** Open tasks with a missing input one request sets aside before it gives up (and the worker asks again). */
const MAX_MISSING_SKIPS = 16;

export class Assigner {
  constructor(private readonly d: AssignerDeps) {}

  /** The worker as the scheduler sees it: measured lift speed, the free slots its record justifies. */
  private asSched(w: LiveWorker, free: number): SchedWorker {
    return { peer: w.peer, maxPo2: w.capacity.maxPo2, canAggregate: w.capacity.canAggregate, groth16: w.capacity.groth16, liftSeconds: this.d.trust.liftSeconds(w), freeSlots: free };
  }

  /** The lease for this worker, if any task fits it; else why not (for its noWork). */
  pick(worker: LiveWorker): Lease | string {
    const { trust } = this.d;
    const room = trust.room(worker);
    if (room.free === 0) return room.why ?? 'no free slot';
    const aggregators = this.d.pool.live().filter((w) => w.capacity.canAggregate);
    const live = aggregators.map((w) => this.asSched(w, 1));
    const verifiedOther = aggregators.some((w) => w.peer !== worker.peer && Trust.verified(w.record));
    const jobs = this.d.jobs.leasable();
    const inputsPresent = (t: TaskRecord) => t.inputs.every((i) => this.d.blobs.has(i.sha256));
    const open = (j: ActiveJob) => [...j.tasks.values()].filter((t) => t.state === 'pending' && !this.d.book.isLeased(j, t.id) && trust.mayTake(worker, t, verifiedOther));
    const me = this.asSched(worker, room.free);
    const openByJob = jobs.map(open);
    if (!trust.surplusFor(worker, openByJob.flat())) return 'on probation: idle verified workers take the open tasks first; ask again';
    // The store is asked only about the chosen task's inputs, not every open task's (a disk stat per
    // pending task per request, at 10,000 segments): a task whose input is gone (repair brings it
    // back) is set aside and the choice made again.
    for (let tries = 0; tries < MAX_MISSING_SKIPS; tries++) {
      const choice = chooseTask(
        me,
        live,
        jobs.map((_, i) => ({ open: openByJob[i]!, excluded: (t: TaskRecord) => t.excluded })),
      );
      if (!choice) break;
      if (inputsPresent(choice.task)) return this.lease(jobs[choice.job]!, choice.task, worker, false);
      const list = openByJob[choice.job]!;
      list.splice(list.indexOf(choice.task), 1);
    }
    if (!trust.mayHedge(worker)) return 'no task fits this worker right now';
    return this.pickHedge(worker, me, jobs, inputsPresent) ?? 'no task fits this worker right now';
  }

  /** Nothing open for this worker: duplicate a straggler's task, if one holds up a job. */
  private pickHedge(worker: LiveWorker, me: SchedWorker, jobs: ActiveJob[], inputsPresent: (t: TaskRecord) => boolean): Lease | undefined {
    const now = Date.now();
    const found: { job: ActiveJob; c: HedgeCandidate<TaskRecord>; probation: boolean }[] = [];
    for (const job of jobs) {
      if (job.session.stage !== 'ProveSegments') continue;
      for (const l of this.d.book.leasesOf(job).leases) {
        if (l.task.state !== 'pending' || !inputsPresent(l.task)) continue;
        // A holder on probation has shown nothing: its task is duplicated once it runs longer than
        // verified workers take (as if `hedgeAfter` were 1), not hedgeAfter × its own claim.
        const holder = this.d.pool.get(l.peer);
        const proven = holder !== undefined && Trust.verified(holder.record);
        const typical = this.d.trust.typical(l.task.kind, l.task.po2);
        found.push({
          job,
          probation: !proven,
          c: {
            task: l.task,
            holder: l.peer,
            holderExpected: proven || typical === undefined ? l.expectedSeconds : Math.min(l.expectedSeconds, typical) / Math.max(1, this.d.hedgeAfter),
            elapsed: (now - l.startedMs) / 1000,
            idleExpected: this.d.trust.expected(worker, l.task.kind, l.task.po2),
            hedged: this.d.book.hedgeOf(job, l.task.id) !== undefined,
            excluded: l.task.excluded,
          },
        });
      }
    }
    const i = chooseHedge(
      me,
      found.map((f) => f.c),
      this.d.hedgeAfter,
    );
    if (i === undefined) return undefined;
    const { job, c, probation } = found[i]!;
    this.d.metrics.hedges.inc({ kind: c.task.kind });
    this.d.notes.note(
      job.id,
      `${c.task.id} hedged: ${c.holder.slice(-8)} has run ${c.elapsed.toFixed(0)} s ${probation ? `on probation (verified workers take ${(c.holderExpected * Math.max(1, this.d.hedgeAfter)).toFixed(0)} s)` : `of an expected ${c.holderExpected.toFixed(0)} s`}; ${worker.peer.slice(-8)} expects ${c.idleExpected.toFixed(0)} s`,
    );
    return this.lease(job, c.task, worker, true);
  }

  private lease(job: ActiveJob, task: TaskRecord, worker: LiveWorker, hedge: boolean): Lease {
    return this.d.book.create(job, task, worker.peer, this.d.trust.expected(worker, task.kind, task.po2), hedge);
  }
}
