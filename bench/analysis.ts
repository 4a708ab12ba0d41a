/**
 * What one cluster job's record says: latency per stage, work per task kind, and the tightest
 * lower bound that very run allows, with the task durations measured in it:
 * - the critical path: every task started the moment its inputs existed (unlimited workers);
 * - the work bound: no task before the first could start, then all task time spread perfectly over
 *   the run's worker slots, then finalize (one worker with two threads can never beat this one).
 * The bound is the larger; latency / bound is what scheduling and transfers cost on top.
 */
import type { JobDetail, JobTask } from '../coordinator/api/client.js';
import { resolveNode, rootTask } from '../coordinator/tree.js';

export interface JobAnalysis {
  segments: number;
  po2: number;
  totalCycles: number;
  userCycles: number;
  latencySeconds: number;
  /** Wall-clock spans of the session's stages. */
  stages: { queue: number; execute: number; prove: number; join: number; finalize: number };
  /** Summed task time by what it was spent on (seconds of worker or coordinator time). */
  work: { transfer: number; prove: number; lift: number; join: number; verify: number };
  criticalPathSeconds: number;
  /** First task ready + summed task time ÷ worker slots + finalize. */
  workBoundSeconds: number;
  /** max(critical path, work bound): no schedule of this run's tasks on its slots finishes sooner. */
  boundSeconds: number;
  /** Per task: when it could start, when it ran, where (for the Gantt chart), relative to session creation. */
  tasks: { id: string; kind: string; worker: string; ready: number; start: number; end: number; seconds: number; fetch: number; prove: number; lift: number; join: number; verify: number }[];
  executeSpan: [number, number];
}

const s = (ms: number) => ms / 1000;

/** The two tasks whose receipts a join consumes. */
function children(t: JobTask, segments: number): [string, string] {
  const [, level, i] = t.id.split('-').map(Number) as [number, number, number];
  return [resolveNode(level - 1, 2 * i, segments, segments)!, resolveNode(level - 1, 2 * i + 1, segments, segments)!];
}

/** First task ready + summed task time ÷ slots + finalize (0 without tasks). */
export function workBound(tasks: readonly { ready: number; seconds: number }[], slots: number, finalize: number): number {
  if (tasks.length === 0) return 0;
  const firstReady = Math.min(...tasks.map((t) => t.ready));
  return firstReady + tasks.reduce((n, t) => n + t.seconds, 0) / Math.max(1, slots) + finalize;
}

/** `slots`: tasks the run's workers could hold at once (one per worker today). */
export function analyse(d: JobDetail, slots: number): JobAnalysis {
  const t0 = d.stage_started_ms.queued!;
  const st = d.stage_started_ms;
  const end = d.finished_ms ?? Date.now();
  const segments = d.segments ?? 0;
  const span = (a?: number, b?: number) => (a !== undefined && b !== undefined ? s(b - a) : 0);
  const byId = new Map(d.tasks.map((t) => [t.id, t]));
  const rel = (ms: number | null) => (ms === null ? 0 : s(ms - t0));

  const work = { transfer: 0, prove: 0, lift: 0, join: 0, verify: 0 };
  const tasks: JobAnalysis['tasks'] = [];
  for (const t of d.tasks) {
    if (t.state !== 'done' || t.started_ms === null || t.done_ms === null) continue;
    const w = t.worker_seconds ?? { fetch: 0, prove: 0, lift: 0, join: 0, total: 0 };
    const verify = t.verify_seconds ?? 0;
    // The lease's time not spent by the worker's prover or our verifier: the task and its input on
    // the way out, the receipt on the way back.
    const transfer = Math.max(0, (t.seconds ?? 0) - (w.total - w.fetch) - verify);
    work.transfer += transfer;
    work.prove += w.prove;
    work.lift += w.lift;
    work.join += w.join;
    work.verify += verify;
    tasks.push({
      id: t.id,
      kind: t.kind,
      worker: t.worker ?? '?',
      ready: rel(t.created_ms ?? t.started_ms),
      start: rel(t.started_ms),
      end: rel(t.done_ms),
      seconds: t.seconds ?? 0,
      fetch: w.fetch,
      prove: w.prove,
      lift: w.lift,
      join: w.join,
      verify,
    });
  }

  // Earliest finish of each task with unlimited workers: segments when executed, joins when both children are.
  const finish = new Map<string, number>();
  const earliest = (id: string): number => {
    const known = finish.get(id);
    if (known !== undefined) return known;
    const t = byId.get(id);
    if (!t) throw new Error(`job ${d.id} has no task ${id}`);
    const dur = t.seconds ?? 0;
    const ready = t.kind === 'join' ? Math.max(...children(t, segments).map(earliest)) : rel(t.created_ms ?? t.started_ms);
    const f = ready + dur;
    finish.set(id, f);
    return f;
  };
  const finalize = span(st.joined, st.finalized ?? end);
  const criticalPathSeconds = segments > 0 ? earliest(rootTask(segments)) + finalize : s(end - t0);
  const workBoundSeconds = workBound(tasks, slots, finalize);

  return {
    segments,
    po2: d.po2 ?? 0,
    totalCycles: d.total_cycles ?? 0,
    userCycles: d.user_cycles ?? 0,
    latencySeconds: s(end - t0),
    stages: {
      queue: span(st.queued, st.executing),
      execute: span(st.executing, st.executed),
      prove: span(st.executed, st.segmentsProved),
      join: span(st.segmentsProved, st.joined),
      finalize,
    },
    work,
    criticalPathSeconds,
    workBoundSeconds,
    boundSeconds: Math.max(criticalPathSeconds, workBoundSeconds),
    tasks,
    executeSpan: [rel(st.executing ?? t0), rel(st.executed ?? t0)],
  };
}
