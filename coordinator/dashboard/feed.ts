/**
 * The dashboard's one JSON feed (`GET /v1/dashboard`): the pool, the jobs in the caller's scope
 * (every running one, then the most recent, FEED_JOBS in all), each job's join tree, a per-worker
 * Gantt of their tasks, and throughput. Read-only, and nothing in it leads to data: no blob
 * digests, no upload or receipt URLs, no image or input ids. The ETA is the job detail's own
 * (api/progress.ts). Running jobs are read from memory (fresher than Redis, and free); the others
 * from their records.
 */
import type { ApiContext } from '../api/context.js';
import { eta, stageSeconds } from '../api/progress.js';
import type { ActiveJob } from '../job.js';
import { standing } from '../api/standing.js';
import type { SessionRecord, TaskRecord } from '../records.js';
import { Trust } from '../trust.js';
import type { Scope } from './access.js';
import { type NodeState, treeLevels } from './shape.js';
import { type Throughput, throughput } from './throughput.js';

/** Jobs in the feed at most (running ones first, up to MAX_RUNNING of them). */
export const FEED_JOBS = 8;
const MAX_RUNNING = 20;
/** How many of its newest sessions a key's scope is looked for in (what `GET /v1/jobs` reads). */
const KEY_SCAN = 200;
/** The Gantt shows task bars that overlap this much of the recent past. */
export const GANTT_MS = 30 * 60_000;

export type FeedContext = Pick<ApiContext, 'store' | 'engine' | 'pool' | 'leases'>;

export interface GanttBar {
  job: string;
  task: string;
  kind: TaskRecord['kind'];
  worker: string;
  start_ms: number;
  /** null: still running. */
  end_ms: number | null;
  /** Running: when the coordinator expects it done on that worker (measured, or a clamped claim). */
  expected_end_ms: number | null;
  hedge: boolean;
}

interface Loaded {
  session: SessionRecord;
  tasks: TaskRecord[];
  job?: ActiveJob;
}

async function jobsInScope(ctx: FeedContext, scope: Scope): Promise<Loaded[]> {
  const mine = (s: SessionRecord) => scope.kind === 'view' || s.owner === scope.owner;
  const running = ctx.engine
    .activeJobs()
    .filter((j) => mine(j.session))
    .sort((a, b) => b.session.times.queued - a.session.times.queued)
    .slice(0, MAX_RUNNING);
  const out: Loaded[] = running.map((job) => ({ session: job.session, tasks: [...job.tasks.values()], job }));
  const seen = new Set(out.map((l) => l.session.id));
  for (const id of await ctx.store.listSessions(scope.kind === 'view' ? FEED_JOBS + MAX_RUNNING : KEY_SCAN)) {
    if (out.length >= Math.max(FEED_JOBS, running.length)) break;
    if (seen.has(id)) continue;
    const s = await ctx.store.getSession(id);
    if (!s || !mine(s)) continue;
    out.push({ session: s, tasks: [...(await ctx.store.getTasks(id)).values()] });
  }
  return out.sort((a, b) => b.session.times.queued - a.session.times.queued);
}

function poolOf(ctx: FeedContext) {
  const live = new Set(ctx.pool.live().map((w) => w.peer));
  return ctx.pool.all().map((w) => ({
    peer: w.peer,
    live: live.has(w.peer),
    verified: Trust.verified(w.record),
    last_seen_ms: w.lastSeenMs,
    leases: ctx.leases.held(w.peer),
    max_po2: w.capacity.maxPo2,
    cores: w.capacity.cores,
    threads: w.capacity.threads,
    memory_budget_bytes: w.capacity.memoryBudgetBytes,
    cpu: w.capacity.cpuModel,
    can_aggregate: w.capacity.canAggregate,
    groth16: w.capacity.groth16,
    claimed: { lift_seconds: w.capacity.liftSeconds, speeds: w.capacity.speeds.map((s) => ({ po2: s.po2, prove_seconds: s.proveSeconds })) },
    /** Lease-to-verified seconds this coordinator measured: `prove_lift:<po2>`, `join`, `groth16`. */
    measured: w.record.measured ?? {},
    ...standing(w),
  }));
}

function jobOf(ctx: FeedContext, { session: s, tasks, job }: Loaded) {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const state = (id: string): NodeState | undefined => {
    const t = byId.get(id);
    if (!t) return undefined;
    if (t.state === 'done') return 'D';
    if (job && ctx.leases.hedgeOf(job, id)) return 'H';
    if (job && ctx.leases.holder(job, id)) return 'R';
    return s.status === 'RUNNING' ? 'Q' : 'X';
  };
  const count = (kind: TaskRecord['kind'], done: boolean) => tasks.filter((t) => t.kind === kind && (t.state === 'done') === done).length;
  const segments = s.segments ?? s.segmentsSeen;
  return {
    id: s.id,
    kind: s.kind,
    status: s.status,
    state: job?.stateLine() ?? s.stage,
    error: s.errorMsg ?? null,
    po2: s.po2 ?? null,
    segments: s.segments ?? null,
    segments_seen: s.segmentsSeen,
    total_cycles: s.totalCycles ?? null,
    created_ms: s.times.queued,
    finished_ms: s.finishedMs ?? null,
    stage_seconds: stageSeconds(s),
    eta_seconds: eta(ctx.pool.live(), s, tasks),
    counts: {
      segments,
      segments_done: count('prove_lift', true),
      joins: Math.max(0, segments - 1),
      joins_done: count('join', true),
      running: job ? ctx.leases.leasedCount(job) : 0,
    },
    tree: s.kind === 'prove' ? treeLevels(s.segmentsSeen, s.segments, state, s.status !== 'RUNNING') : [],
  };
}

function ganttOf(ctx: FeedContext, jobs: Loaded[], now: number): GanttBar[] {
  const bars: GanttBar[] = [];
  for (const { session, tasks, job } of jobs) {
    for (const t of tasks) {
      if (t.state === 'done' && t.worker && t.startedMs !== undefined && t.doneMs !== undefined && t.doneMs >= now - GANTT_MS) {
        bars.push({ job: session.id, task: t.id, kind: t.kind, worker: t.worker, start_ms: t.startedMs, end_ms: t.doneMs, expected_end_ms: null, hedge: false });
      }
    }
    if (!job) continue;
    const { leases, hedges } = ctx.leases.leasesOf(job);
    for (const l of [...leases, ...hedges]) {
      bars.push({
        job: session.id,
        task: l.task.id,
        kind: l.task.kind,
        worker: l.peer,
        start_ms: l.startedMs,
        end_ms: null,
        expected_end_ms: Math.round(l.startedMs + l.expectedSeconds * 1000),
        hedge: l.hedge,
      });
    }
  }
  return bars.sort((a, b) => a.start_ms - b.start_ms);
}

export interface Feed {
  now_ms: number;
  scope: Scope['kind'];
  workers_live: number;
  jobs_running: number;
  throughput: Throughput;
  pool: ReturnType<typeof poolOf>;
  jobs: ReturnType<typeof jobOf>[];
  gantt: { from_ms: number; to_ms: number; bars: GanttBar[] };
}

export async function buildFeed(ctx: FeedContext, scope: Scope, now = Date.now()): Promise<Feed> {
  const jobs = await jobsInScope(ctx, scope);
  return {
    now_ms: now,
    scope: scope.kind,
    workers_live: ctx.pool.live().length,
    jobs_running: jobs.filter((j) => j.session.status === 'RUNNING').length,
    throughput: throughput(jobs, now),
    pool: poolOf(ctx),
    jobs: jobs.map((j) => jobOf(ctx, j)),
    gantt: { from_ms: now - GANTT_MS, to_ms: now, bars: ganttOf(ctx, jobs, now) },
  };
}
