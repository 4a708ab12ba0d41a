/**
 * Throughput from the tasks' own verified-result times: segments, joins and cycles proved per
 * minute over a recent window, and a per-minute series for the chart. Cycles per segment are the
 * job's total over its segments once execution has finished, else the segment's padded size 2^po2.
 */
import type { SessionRecord, TaskRecord } from '../records.js';

/** The headline rate is over this window; the chart shows SERIES_MINUTES one-minute bars. */
export const WINDOW_MS = 10 * 60_000;
export const SERIES_MINUTES = 30;

export interface Throughput {
  window_s: number;
  segments_per_min: number;
  joins_per_min: number;
  cycles_per_min: number;
  /** Oldest first; the last bucket ends at `now`. */
  series: { start_ms: number; segments: number; joins: number; cycles: number }[];
}

export const cyclesPerSegment = (s: SessionRecord, t: TaskRecord): number => (s.totalCycles && s.segments ? s.totalCycles / s.segments : 2 ** t.po2);

export function throughput(jobs: { session: SessionRecord; tasks: TaskRecord[] }[], now: number): Throughput {
  const first = now - SERIES_MINUTES * 60_000;
  const series = Array.from({ length: SERIES_MINUTES }, (_, i) => ({ start_ms: first + i * 60_000, segments: 0, joins: 0, cycles: 0 }));
  let segments = 0;
  let joins = 0;
  let cycles = 0;
  for (const { session, tasks } of jobs) {
    for (const t of tasks) {
      if (t.state !== 'done' || t.doneMs === undefined || t.doneMs > now) continue;
      const c = t.kind === 'prove_lift' ? cyclesPerSegment(session, t) : 0;
      if (t.doneMs >= now - WINDOW_MS) {
        if (t.kind === 'prove_lift') segments++;
        if (t.kind === 'join') joins++;
        cycles += c;
      }
      if (t.doneMs < first) continue;
      const b = series[Math.min(SERIES_MINUTES - 1, Math.floor((t.doneMs - first) / 60_000))]!;
      if (t.kind === 'prove_lift') b.segments++;
      if (t.kind === 'join') b.joins++;
      b.cycles += c;
    }
  }
  const minutes = WINDOW_MS / 60_000;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { window_s: WINDOW_MS / 1000, segments_per_min: round(segments / minutes), joins_per_min: round(joins / minutes), cycles_per_min: Math.round(cycles / minutes), series };
}
