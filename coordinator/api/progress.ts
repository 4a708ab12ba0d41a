/**
 * How far a job is and how long it has left: per-stage durations and the ETA. One place, so the
 * job detail (`GET /v1/jobs/:id`) and the dashboard feed cannot tell a client two different ETAs.
 */
import { expectedSeconds } from '../kinds/index.js';
import type { LiveWorker } from '../pool.js';
import type { SessionRecord, TaskRecord } from '../records.js';

const secs = (a?: number, b?: number) => (a !== undefined && b !== undefined ? (b - a) / 1000 : null);

/** Per-stage durations, from the stage start times the engine records. */
export function stageSeconds(s: SessionRecord): Record<string, number | null> {
  const t = s.times;
  const end = s.finishedMs ?? Date.now();
  return {
    queued: secs(t.queued, t.planning ?? t.executing ?? end),
    planning: secs(t.planning, t.executing),
    execute: secs(t.executing, t.executed),
    prove: secs(t.firstLease, t.segmentsProved),
    join: secs(t.segmentsProved, t.joined),
    finalize: secs(t.joined, t.finalized),
    total: secs(t.queued, end),
  };
}

/** Remaining work over the workers sharing it, from this job's own task times (or calibration). */
export function eta(live: LiveWorker[], s: SessionRecord, tasks: TaskRecord[]): number | null {
  if (s.status !== 'RUNNING') return null;
  const mean = (kind: string, fallback: number) => {
    const done = tasks.filter((t) => t.kind === kind && t.seconds);
    return done.length ? done.reduce((a, t) => a + t.seconds!, 0) / done.length : fallback;
  };
  if (live.length === 0) return null;
  const cal = live[0]!.capacity;
  const segs = s.segments ?? s.segmentsSeen;
  const segLeft = segs - tasks.filter((t) => t.kind === 'prove_lift' && t.state === 'done').length;
  const joinLeft = Math.max(0, segs - 1) - tasks.filter((t) => t.kind === 'join' && t.state === 'done').length;
  const proveS = mean('prove_lift', expectedSeconds(cal, 'prove_lift', s.po2 ?? 16));
  const joinS = mean('join', expectedSeconds(cal, 'join', 0));
  const work = segLeft * proveS + joinLeft * joinS;
  // The join tree's depth bounds it from below, however many workers there are.
  const depth = Math.ceil(Math.log2(Math.max(1, segs))) * joinS;
  return Math.round(Math.max(work / live.length, depth * (joinLeft > 0 ? 1 : 0)));
}
