/**
 * Lost blobs mid-run (a disk cleaned, a store shared with another job, a worker reporting an input
 * unavailable): a verified receipt that is gone and still needed is proved again; joins waiting on
 * missing inputs are dropped (the tree recreates them once their children exist again); a lost
 * segment means executing again, which replaces the task tree (execution.ts). One repair at a time.
 */
import type { BlobStore } from './blobstore.js';
import type { Executor } from './execution.js';
import { type ActiveJob, JobStopped } from './job.js';
import type { LeaseBook } from './leases.js';
import type { Metrics } from './metrics.js';
import type { Notes } from './notes.js';
import type { TaskRecord } from './records.js';

export interface RepairDeps {
  blobs: BlobStore;
  book: LeaseBook;
  executor: Executor;
  metrics: Metrics;
  notes: Notes;
}

export class Repairer {
  constructor(private readonly d: RepairDeps) {}

  /** Lost receipts back to pending, joins on missing inputs dropped (segments: see `check`). */
  async repair(job: ActiveJob): Promise<void> {
    const { blobs, book, metrics, notes } = this.d;
    // A lost receipt is needed unless a verified parent with its own receipt already covers it;
    // redoing a parent makes its children needed again, so repeat until nothing changes.
    const covered = (sha: string) => [...job.tasks.values()].some((p) => p.state === 'done' && p.output && blobs.has(p.output.sha256) && p.inputs.some((i) => i.sha256 === sha));
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of job.tasks.values()) {
        if (t.state !== 'done' || !t.output || blobs.has(t.output.sha256) || covered(t.output.sha256)) continue;
        t.state = 'pending';
        t.output = undefined;
        changed = true;
        metrics.regenerated.inc({ what: 'receipt' });
        await job.saveTask(t);
        notes.note(job.id, `${t.id}: its receipt is missing from the store; proving it again`);
      }
    }
    for (const t of [...job.tasks.values()]) {
      if (t.kind !== 'join' || t.state !== 'pending' || t.inputs.every((i) => blobs.has(i.sha256)) || book.isLeased(job, t.id)) continue;
      await job.deleteTask(t.id);
    }
  }

  /** The periodic check of a proving job: starts a repair when a blob one of its tasks needs is gone. */
  check(job: ActiveJob): void {
    const { blobs, book } = this.d;
    if (job.repairing || job.stopped) return;
    const lost = (t: TaskRecord) =>
      (t.state === 'pending' && !book.isLeased(job, t.id) && t.inputs.some((i) => !blobs.has(i.sha256))) || (t.state === 'done' && t.output !== undefined && !blobs.has(t.output.sha256));
    if (![...job.tasks.values()].some(lost)) return;
    job.repairing = this.regenerate(job)
      .catch((e: Error) => job.stop(new JobStopped('FAILED', `could not regenerate a lost blob: ${e.message}`)))
      .finally(() => (job.repairing = undefined));
  }

  private async regenerate(job: ActiveJob): Promise<void> {
    const { executor, metrics, notes } = this.d;
    await this.repair(job);
    const segments = executor.lostSegments(job);
    if (segments.length > 0) {
      metrics.regenerated.inc({ what: 'segment' }, segments.length);
      notes.note(job.id, `segment blobs of ${segments.map((t) => t.id).join(', ')} are missing: executing again`);
      await executor.execute(job);
      if (job.stopped) return;
      notes.quiet(job.setStage('ProveSegments'));
    }
    job.advance();
  }
}
