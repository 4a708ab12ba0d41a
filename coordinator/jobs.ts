/** The jobs this coordinator is running now, by session id, and what they still refer to. */
import type { ActiveJob } from './job.js';

export class Jobs {
  private readonly active = new Map<string, ActiveJob>();

  get(id: string): ActiveJob | undefined {
    return this.active.get(id);
  }

  has(id: string): boolean {
    return this.active.has(id);
  }

  add(job: ActiveJob): void {
    this.active.set(job.id, job);
  }

  delete(id: string): void {
    this.active.delete(id);
  }

  get size(): number {
    return this.active.size;
  }

  all(): ActiveJob[] {
    return [...this.active.values()];
  }

  /** Jobs whose tasks may be leased now (executing or proving), oldest first. */
  leasable(): ActiveJob[] {
    return this.all()
      .filter((j) => !j.stopped && (j.session.stage === 'ProveSegments' || j.session.stage === 'Executing'))
      .sort((a, b) => a.session.times.queued - b.session.times.queued);
  }

  /**
   * Blobs are content addressed: two jobs of the same guest and input share segment blobs, and a
   * replayed receipt may be another task's. A blob goes only when no running job (but `except`)
   * refers to it at that moment.
   */
  stillNeeded(sha: string, except?: string): boolean {
    for (const j of this.active.values()) if (j.id !== except && j.refersTo(sha)) return true;
    return false;
  }
}
