/**
 * One job in progress: its session record, its tasks (mirrored in Redis, writes kept in order),
 * and the join tree that grows as verified receipts arrive. The leases out on its tasks are in the
 * lease book (leases.ts).
 */
import type { SessionRecord, TaskRecord } from './records.js';
import type { Store } from './store.js';
import { joinCount, readyJoins, rootTask } from './tree.js';

export class JobStopped extends Error {
  constructor(
    readonly status: 'ABORTED' | 'FAILED' | 'SHUTDOWN',
    message: string,
  ) {
    super(message);
    this.name = 'JobStopped';
  }
}

export class ActiveJob {
  /** A lost blob being regenerated (re-execution, re-proving), at most one at a time. */
  repairing?: Promise<void>;
  readonly abort = new AbortController();
  private resolveRoot!: (t: TaskRecord) => void;
  private rejectRoot!: (e: Error) => void;
  /** Settles when the root receipt is verified, or the job is stopped. */
  readonly root: Promise<TaskRecord>;
  /** Every blob a task refers to, built on demand; every task change passes saveTask, which drops it. */
  private blobIndex?: Set<string>;
  /** Serialises Redis writes of this job in the order they happen. */
  private writes: Promise<void> = Promise.resolve();

  constructor(
    public session: SessionRecord,
    readonly tasks: Map<string, TaskRecord>,
    private readonly store: Store,
  ) {
    this.root = new Promise((res, rej) => {
      this.resolveRoot = res;
      this.rejectRoot = rej;
    });
    // Nobody may be awaiting it yet when a job is stopped early.
    this.root.catch(() => undefined);
  }

  get id(): string {
    return this.session.id;
  }

  stop(e: JobStopped): void {
    if (this.abort.signal.aborted) return;
    this.abort.abort(e);
    this.rejectRoot(e);
  }

  get stopped(): boolean {
    return this.abort.signal.aborted;
  }

  /** Queue a write after the earlier ones; a failed write is reported to its caller and does not block later ones. */
  private queue(write: () => Promise<void>): Promise<void> {
    const p = this.writes.then(write);
    this.writes = p.catch(() => undefined);
    return p;
  }

  /** Moves the session to a stage; the returned write may be awaited or left to run. */
  setStage(stage: SessionRecord['stage']): Promise<void> {
    this.session.stage = stage;
    return this.persist();
  }

  persist(): Promise<void> {
    const s = structuredClone(this.session);
    return this.queue(() => this.store.putSession(s));
  }

  saveTask(t: TaskRecord): Promise<void> {
    this.blobIndex = undefined;
    const copy = structuredClone(t);
    return this.queue(() => this.store.putTask(this.id, copy));
  }

  deleteTask(id: string): Promise<void> {
    this.tasks.delete(id);
    this.blobIndex = undefined;
    return this.queue(() => this.store.deleteTask(this.id, id));
  }

  /**
   * Whether a task of this job refers to the blob (as an input or its receipt). Indexed: a job's
   * cleanup asks this of every other job for each of its blobs, which scanning made O(tasks²).
   */
  refersTo(sha: string): boolean {
    this.blobIndex ??= new Set([...this.tasks.values()].flatMap((t) => [...t.inputs.map((i) => i.sha256), ...(t.output ? [t.output.sha256] : [])]));
    return this.blobIndex.has(sha);
  }

  isDone = (id: string): boolean => this.tasks.get(id)?.state === 'done';

  /** Create the joins whose children are done; settle the root when it is done. */
  advance(): TaskRecord[] {
    const created: TaskRecord[] = [];
    for (const plan of readyJoins(this.session.segmentsSeen, this.session.segments, this.isDone)) {
      if (this.tasks.has(plan.id)) continue;
      const left = this.tasks.get(plan.left)!;
      const right = this.tasks.get(plan.right)!;
      const t: TaskRecord = {
        id: plan.id,
        kind: 'join',
        po2: this.session.po2 ?? 0,
        span: [left.span[0], right.span[1]],
        level: plan.level,
        inputs: [
          { role: 'left', sha256: left.output!.sha256, size: left.output!.size },
          { role: 'right', sha256: right.output!.sha256, size: right.output!.size },
        ],
        state: 'pending',
        attempts: 0,
        excluded: [],
        createdMs: Date.now(),
      };
      this.tasks.set(t.id, t);
      this.saveTask(t).catch(() => undefined);
      created.push(t);
    }
    if (this.session.kind === 'snark') {
      const g = this.tasks.get('groth16');
      if (g?.state === 'done') this.resolveRoot(g);
    } else if (this.session.segments !== undefined) {
      const root = this.tasks.get(rootTask(this.session.segments));
      if (root?.state === 'done') this.resolveRoot(root);
    }
    return created;
  }

  counts(): { segmentsDone: number; segments: number; joinsDone: number; joins: number; pending: number } {
    let segmentsDone = 0;
    let joinsDone = 0;
    let pending = 0;
    for (const t of this.tasks.values()) {
      if (t.state === 'done') {
        if (t.kind === 'prove_lift') segmentsDone++;
        else if (t.kind === 'join') joinsDone++;
      } else pending++;
    }
    const segments = this.session.segments ?? this.session.segmentsSeen;
    return { segmentsDone, segments, joinsDone, joins: joinCount(segments), pending };
  }

  /** Bonsai's `state` string, e.g. "ProveSegments: 3/8". */
  stateLine(): string {
    const c = this.counts();
    switch (this.session.stage) {
      case 'Executing':
        return `Executing: ${this.session.segmentsSeen} segments`;
      case 'ProveSegments':
        return c.segmentsDone < c.segments || this.session.segments === undefined ? `ProveSegments: ${c.segmentsDone}/${c.segments}` : `Join: ${c.joinsDone}/${c.joins}`;
      default:
        return this.session.stage;
    }
  }
}
