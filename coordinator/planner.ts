/**
 * Choosing a job's segment po2 from the live pool. Without the job's size: the largest po2 enough of
 * the pool proves quickly (larger segments mean fewer lifts and joins and less paging overhead;
 * workers too small for it still lift and join). With its size (segments at each po2, from a
 * preflight execution): of the po2s up to that one, the one whose predicted latency on this pool is
 * lowest (makespan.ts), since a small job on a large pool finishes sooner in more, smaller segments
 * and a tiny one sooner in one segment than in a join tree. The pathological po2s (protocol/po2.ts)
 * are never chosen.
 */
import { MIN_PO2, plannablePo2 } from '../protocol/index.js';
import { predictMakespan } from './makespan.js';

export interface ProverView {
  maxPo2: number;
  speeds: { po2: number; proveSeconds: number }[];
  /** Seconds of a lift and of a join (the latency model needs them; without, no size-aware plan). */
  liftSeconds?: number;
  joinSeconds?: number;
}

/** The job's size: its segment count at a po2 (undefined: not known for that po2). */
export interface JobSize {
  segmentsAt(po2: number): number | undefined;
}

/** Within this share of the fastest, the larger po2 wins: fewer segments, less total work. */
export const TIE_SHARE = 0.03;
/** Per task besides proving: lease, transfer and the coordinator's check (s). */
export const PER_TASK_SECONDS = 2;

export interface PlanOptions {
  /** Fixed po2 (0: plan). */
  segmentPo2: number;
  maxPo2: number;
  /** A po2 is "quick" when a capable worker proves a segment of it within this many seconds. */
  maxSegmentSeconds?: number;
  /** Share of the provers that must be able to prove the po2. */
  minShare?: number;
}

export const MIN_PLAN_PO2 = MIN_PO2;

/** The po2s a job may be planned at, from `upTo` down (what the preflight executes and the model prices). */
export function candidatePo2s(upTo: number): number[] {
  const out: number[] = [];
  for (let po2 = upTo; po2 >= MIN_PLAN_PO2; po2--) if (plannablePo2(po2)) out.push(po2);
  return out;
}

/** A worker's prove time at po2, from its own report, else scaled from its nearest (time ~ 2^po2). */
function secondsAt(w: ProverView, po2: number): number {
  const exact = w.speeds.find((s) => s.po2 === po2);
  if (exact) return exact.proveSeconds;
  const near = [...w.speeds].sort((a, b) => Math.abs(a.po2 - po2) - Math.abs(b.po2 - po2))[0];
  return near ? near.proveSeconds * 2 ** (po2 - near.po2) : Infinity;
}

export interface Plan {
  po2: number;
  reason: string;
  /** The latency model's figure for the chosen po2, when the size was known. */
  predictedSeconds?: number;
}

export function choosePo2(pool: ProverView[], o: PlanOptions, size?: JobSize): Plan | undefined {
  if (o.segmentPo2) return { po2: o.segmentPo2, reason: 'fixed by --segment-po2' };
  const largest = largestPo2(pool, o);
  if (!largest || !size) return largest;
  return fastestPo2(pool, largest, size) ?? largest;
}

/** The po2 up to `largest.po2` with the lowest predicted makespan (ties to the larger po2), if the model can price any. */
function fastestPo2(pool: ProverView[], largest: Plan, size: JobSize): Plan | undefined {
  if (pool.some((w) => w.liftSeconds === undefined || w.joinSeconds === undefined)) return undefined;
  const model = pool.map((w) => ({
    proveLiftSeconds: (po2: number) => (w.maxPo2 >= po2 ? secondsAt(w, po2) + w.liftSeconds! : Infinity),
    joinSeconds: w.joinSeconds!,
  }));
  const priced: { po2: number; segments: number; seconds: number }[] = [];
  let best = Infinity;
  for (const po2 of candidatePo2s(largest.po2)) {
    const segments = size.segmentsAt(po2);
    if (segments === undefined) continue;
    // Proving alone on every capable worker at once already takes longer: not worth modelling (a
    // huge job at a small po2 is the slow case of the model, and the planner runs on the event loop).
    const times = model.map((m) => m.proveLiftSeconds(po2)).filter(Number.isFinite);
    if (times.length && (segments * Math.min(...times)) / times.length > best) continue;
    const seconds = predictMakespan(model, segments, po2, PER_TASK_SECONDS);
    best = Math.min(best, seconds);
    if (Number.isFinite(seconds)) priced.push({ po2, segments, seconds });
  }
  if (priced.length === 0) return undefined;
  // Largest po2 first in `priced`: the first within the tie share is the pick.
  const pick = priced.find((p) => p.seconds <= best * (1 + TIE_SHARE))!;
  const at = priced.find((p) => p.po2 === largest.po2);
  const vs = at && at.po2 !== pick.po2 ? `; po2 ${at.po2} (${at.segments} segments) would take ~${at.seconds.toFixed(0)} s` : '';
  return { po2: pick.po2, predictedSeconds: pick.seconds, reason: `${pick.segments} segment(s) at po2 ${pick.po2} predicted to take ~${pick.seconds.toFixed(0)} s on ${pool.length} worker(s)${vs}` };
}

function largestPo2(pool: ProverView[], o: PlanOptions): Plan | undefined {
  const provers = pool.filter((w) => w.maxPo2 >= MIN_PLAN_PO2);
  if (provers.length === 0) return undefined;
  const need = Math.max(1, Math.ceil(provers.length * (o.minShare ?? 0.5)));
  const maxSeconds = o.maxSegmentSeconds ?? 600;
  const top = Math.min(o.maxPo2, Math.max(...provers.map((w) => w.maxPo2)));
  for (let po2 = top; po2 > MIN_PLAN_PO2; po2--) {
    if (!plannablePo2(po2)) continue;
    const capable = provers.filter((w) => w.maxPo2 >= po2);
    if (capable.length < need) continue;
    const fastest = Math.min(...capable.map((w) => secondsAt(w, po2)));
    if (fastest > maxSeconds) continue;
    return { po2, reason: `${capable.length}/${provers.length} provers hold po2 ${po2}; fastest proves a segment in ${fastest.toFixed(0)} s` };
  }
  return { po2: MIN_PLAN_PO2, reason: `no larger po2 fits ${need} of ${provers.length} provers` };
}
