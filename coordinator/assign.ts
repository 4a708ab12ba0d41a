/**
 * Which task a worker that asks gets: an open task of the oldest job it fits (scheduler.ts
 * `chooseTask`), else a second copy of a straggler's task (`chooseHedge`). The lease itself is made
 * by the lease book.
 */
import type { BlobStore } from './blobstore.js';
import type { ActiveJob } from './job.js';
import type { Jobs } from './jobs.js';
import { expectedSeconds } from './kinds/index.js';
import type { Lease, LeaseBook } from './leases.js';
import type { Metrics } from './metrics.js';
import type { Notes } from './notes.js';
import type { LiveWorker, Pool } from './pool.js';
import type { TaskRecord } from './records.js';
import { chooseHedge, chooseTask, type HedgeCandidate, type SchedWorker } from './scheduler.js';

export interface AssignerDeps {
  jobs: Jobs;
  book: LeaseBook;
  pool: Pool;
  blobs: BlobStore;
  metrics: Metrics;
  notes: Notes;
  hedgeAfter: number;
}

const asSched = (w: LiveWorker): SchedWorker => ({ peer: w.peer, ...w.capacity });

export class Assigner {
  constructor(private readonly d: AssignerDeps) {}

  /** The lease for this worker, if any task fits it. */
  pick(worker: LiveWorker): Lease | undefined {
    const live = this.d.pool
      .live()
      .filter((w) => w.capacity.canAggregate)
      .map(asSched);
    const jobs = this.d.jobs.leasable();
    const inputsPresent = (t: TaskRecord) => t.inputs.every((i) => this.d.blobs.has(i.sha256));
    const open = (j: ActiveJob) => [...j.tasks.values()].filter((t) => t.state === 'pending' && !this.d.book.isLeased(j, t.id) && inputsPresent(t));
    const choice = chooseTask(
      asSched(worker),
      live,
      jobs.map((j) => ({ open: open(j), excluded: (t: TaskRecord) => t.excluded })),
    );
    if (choice) return this.lease(jobs[choice.job]!, choice.task, worker, false);
    return this.pickHedge(worker, jobs, inputsPresent);
  }

  /** Nothing open for this worker: duplicate a straggler's task, if one holds up a job. */
  private pickHedge(worker: LiveWorker, jobs: ActiveJob[], inputsPresent: (t: TaskRecord) => boolean): Lease | undefined {
    const now = Date.now();
    const found: { job: ActiveJob; c: HedgeCandidate<TaskRecord> }[] = [];
    for (const job of jobs) {
      if (job.session.stage !== 'ProveSegments') continue;
      for (const l of this.d.book.leasesOf(job).leases) {
        if (l.task.state !== 'pending' || !inputsPresent(l.task)) continue;
        found.push({
          job,
          c: {
            task: l.task,
            holder: l.peer,
            holderExpected: l.expectedSeconds,
            elapsed: (now - l.startedMs) / 1000,
            idleExpected: expectedSeconds(worker.capacity, l.task.kind, l.task.po2),
            hedged: this.d.book.hedgeOf(job, l.task.id) !== undefined,
            excluded: l.task.excluded,
          },
        });
      }
    }
    const i = chooseHedge(
      asSched(worker),
      found.map((f) => f.c),
      this.d.hedgeAfter,
    );
    if (i === undefined) return undefined;
    const { job, c } = found[i]!;
    this.d.metrics.hedges.inc({ kind: c.task.kind });
    this.d.notes.note(
      job.id,
      `${c.task.id} hedged: ${c.holder.slice(-8)} has run ${c.elapsed.toFixed(0)} s of an expected ${c.holderExpected.toFixed(0)} s; ${worker.peer.slice(-8)} expects ${c.idleExpected.toFixed(0)} s`,
    );
    return this.lease(job, c.task, worker, true);
  }

  private lease(job: ActiveJob, task: TaskRecord, worker: LiveWorker, hedge: boolean): Lease {
    return this.d.book.create(job, task, worker.peer, expectedSeconds(worker.capacity, task.kind, task.po2), hedge);
  }
}
