/**
 * Which task a worker gets next: the scheduling policy, kept free of I/O so that the engine and the
 * scaling simulator (`bench/simulate`) run the very same code.
 *
 * Oldest job first; within a job, the lowest tier of the task kinds (kinds/): a Groth16 task to a
 * worker with that backend; then joins, highest level first (the root's path decides latency),
 * where joins at FAST_LEVEL and above go only to workers whose lift speed is within FAST_FACTOR of
 * the fastest (a slow worker there would stretch the critical path), unless nothing else is left;
 * then segments in order.
 */
import { KINDS, type SchedTask } from './kinds/index.js';
import { FAST_LEVEL } from './kinds/join.js';

export type { SchedTask } from './kinds/index.js';
export { FAST_LEVEL };
export const FAST_FACTOR = 1.5;

export interface SchedWorker {
  peer: string;
  maxPo2: number;
  canAggregate: boolean;
  groth16: boolean;
  liftSeconds: number;
  freeSlots: number;
}

/** A job's tasks that could be handed out now (pending, not leased, inputs present), oldest job first. */
export interface SchedJob<T extends SchedTask> {
  open: T[];
  /** Workers this task must not go to (their results for it were refused). */
  excluded?: (task: T) => readonly string[];
}

export function chooseTask<T extends SchedTask>(worker: SchedWorker, liveAggregators: readonly SchedWorker[], jobs: readonly SchedJob<T>[]): { job: number; task: T } | undefined {
  if (!worker.canAggregate || worker.freeSlots === 0) return undefined;
  let fastestLift = worker.liftSeconds || Infinity;
  for (const w of liveAggregators) fastestLift = Math.min(fastestLift, w.liftSeconds || Infinity);
  const fast = (worker.liftSeconds || Infinity) <= fastestLift * FAST_FACTOR;
  for (let j = 0; j < jobs.length; j++) {
    const job = jobs[j]!;
    let best: { task: T; tier: number } | undefined;
    for (const t of job.open) {
      const kind = KINDS[t.kind];
      if (!kind.fits(worker, t.po2) || (job.excluded?.(t) ?? []).includes(worker.peer)) continue;
      const tier = kind.tier(t, fast);
      if (!best || tier < best.tier || (tier === best.tier && kind.order(t, best.task) < 0)) best = { task: t, tier };
    }
    if (best) return { job: j, task: best.task };
  }
  return undefined;
}

/** A leased task that an idle worker could duplicate. */
export interface HedgeCandidate<T extends SchedTask> {
  task: T;
  holder: string;
  /** Seconds the holder was expected to take (its own calibration) and has taken so far. */
  holderExpected: number;
  elapsed: number;
  /** Seconds the idle worker would take. */
  idleExpected: number;
  /** Already running twice: never a third copy. */
  hedged: boolean;
  excluded: readonly string[];
}

/**
 * Straggler hedging, for a worker that found nothing open: duplicate the leased task whose holder
 * is late (running `after` times its expected time) or so slow that this worker would finish it
 * `after` times sooner. Near the end of a job the whole job waits on such a task; earlier on there
 * is open work and this is never asked. The highest level wins (closest to the root), then the
 * longest expected wait.
 */
export function chooseHedge<T extends SchedTask>(worker: SchedWorker, candidates: readonly HedgeCandidate<T>[], after: number): number | undefined {
  if (after <= 0 || !worker.canAggregate || worker.freeSlots === 0) return undefined;
  let best: { i: number; level: number; wait: number } | undefined;
  candidates.forEach((c, i) => {
    if (c.hedged || c.holder === worker.peer || c.excluded.includes(worker.peer)) return;
    if (!KINDS[c.task.kind].fits(worker, c.task.po2)) return;
    const late = c.elapsed > after * c.holderExpected;
    const slow = c.holderExpected - c.elapsed > after * c.idleExpected;
    if (!late && !slow) return;
    // A late holder's remaining time is unknown: take the time already spent as the guess.
    const wait = late ? c.elapsed : c.holderExpected - c.elapsed;
    if (!best || c.task.level > best.level || (c.task.level === best.level && wait > best.wait)) best = { i, level: c.task.level, wait };
  });
  return best?.i;
}
