/**
 * The planner's latency model: how long a job of n segments at a po2 takes on a pool, by list
 * scheduling its task graph the way the dispatcher runs it — every segment's prove_lift is ready at
 * once, a join is ready when both children are, a free worker takes a ready join first, highest
 * level first (scheduler.ts: the root's path decides latency), else the next segment it can hold,
 * and waits when neither exists. The join
 * tree is tree.ts's (aligned halves; a node with an empty right half is its left child). Overheads
 * (lease, transfer, verification) are one figure per task. The scaling simulator measures how far
 * this is from a run with failures, hedging and the network (bench/simulate).
 */

export interface ModelWorker {
  /** Seconds for one prove_lift at po2 (Infinity: it cannot hold that po2). */
  proveLiftSeconds: (po2: number) => number;
  /** Seconds for one join (Infinity: it cannot aggregate). */
  joinSeconds: number;
}

/** Binary min-heap on a numeric key. */
class Heap<T> {
  private readonly a: { k: number; v: T }[] = [];
  get size(): number {
    return this.a.length;
  }
  peekKey(): number {
    return this.a[0]?.k ?? Infinity;
  }
  push(k: number, v: T): void {
    const a = this.a;
    a.push({ k, v });
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (a[p]!.k <= a[i]!.k) break;
      [a[p], a[i]] = [a[i]!, a[p]!];
      i = p;
    }
  }
  pop(): { k: number; v: T } | undefined {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l]!.k < a[m]!.k) m = l;
        if (r < a.length && a[r]!.k < a[m]!.k) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Predicted seconds from the first lease to the root receipt for `segments` segments at `po2`
 * (Infinity when nobody can prove them or nobody can join them).
 */
export function predictMakespan(workers: readonly ModelWorker[], segments: number, po2: number, perTaskSeconds = 0): number {
  const n = Math.max(1, Math.floor(segments));
  // A large job on a large pool runs as a k-fold smaller job on every k-th worker, with the segments
  // per worker kept; the smaller tree is log2 of the shrink joins shorter, added back at the pool's
  // median join time. Small pools run exactly (their cost is the job's size, not idle workers).
  // This bounds the planner's time on the event loop to ~10 ms a po2.
  const k = Math.floor(Math.min(n / MODELLED_SEGMENTS, workers.length / MIN_SAMPLE));
  if (k >= 2) {
    const sample = workers.filter((_, i) => i % k === 0);
    const m = Math.max(1, Math.round((n * sample.length) / workers.length));
    const joins = workers
      .map((w) => w.joinSeconds)
      .filter(Number.isFinite)
      .sort((a, b) => a - b);
    const median = joins[Math.floor(joins.length / 2)] ?? 0;
    return listSchedule(sample, m, po2, perTaskSeconds) + Math.log2(n / m) * (median + perTaskSeconds);
  }
  return listSchedule(workers, n, po2, perTaskSeconds);
}

/** Past this many segments (and MIN_SAMPLE × the shrink workers) the model runs on a proportionally smaller job and pool. */
export const MODELLED_SEGMENTS = 1024;
const MIN_SAMPLE = 16;

function listSchedule(workers: readonly ModelWorker[], n: number, po2: number, perTaskSeconds: number): number {
  const prove = workers.map((w) => w.proveLiftSeconds(po2));
  if (!prove.some(Number.isFinite)) return Infinity;
  if (n > 1 && !workers.some((w) => Number.isFinite(w.joinSeconds))) return Infinity;

  // Finish time of each node (level, i), filled in as tasks end; a join is pushed when both children are known.
  const levels = Math.ceil(Math.log2(n));
  const finished: number[][] = Array.from({ length: levels + 1 }, () => []);
  const first = (level: number, i: number) => i * 2 ** level;
  const readyJoins = new Heap<{ level: number; i: number }>();
  // Tasks running: their end times, so a worker with nothing ready knows when to look again.
  const running = new Heap<{ level: number; i: number }>();
  let rootAt = n === 1 ? undefined : Infinity;

  const settle = (level: number, i: number, at: number): void => {
    finished[level]![i] = at;
    if (level === levels) {
      rootAt = at;
      return;
    }
    const parent = i >> 1;
    const left = 2 * parent;
    const right = left + 1;
    if (first(level, right) >= n) {
      settle(level + 1, parent, at); // no right half: the node is its left child
      return;
    }
    const l = finished[level]![left];
    const r = finished[level]![right];
    // Ready now (both children just settled); the highest level goes first, as in scheduler.ts.
    if (l !== undefined && r !== undefined) readyJoins.push(-(level + 1), { level: level + 1, i: parent });
  };

  const free = new Heap<number>();
  for (const [idx] of workers.entries()) free.push(0, idx);
  let nextSegment = 0;
  // Idle pops since the last task started or ended: a full round of them with nothing running is a deadlock.
  let idle = 0;
  for (;;) {
    const { k: at, v: idx } = free.pop()!;
    // Tasks that ended by now settle first, so their joins are seen as ready.
    while (running.size && running.peekKey() <= at) {
      const { k, v } = running.pop()!;
      settle(v.level, v.i, k);
      idle = 0;
    }
    if (n === 1 && finished[0]![0] !== undefined) return finished[0]![0]!;
    if (rootAt !== undefined && Number.isFinite(rootAt)) return rootAt;
    const w = workers[idx]!;
    let end: number | undefined;
    if (Number.isFinite(w.joinSeconds) && readyJoins.size) {
      end = at + w.joinSeconds + perTaskSeconds;
      running.push(end, readyJoins.pop()!.v);
    } else if (nextSegment < n && Number.isFinite(prove[idx]!)) {
      end = at + prove[idx]! + perTaskSeconds;
      running.push(end, { level: 0, i: nextSegment++ });
    }
    if (end !== undefined) {
      idle = 0;
      free.push(end, idx);
      continue;
    }
    // Nothing this worker can take now: look again when a task ends (a join it could take waits for
    // that too). With nothing running, another worker may still start something at this time.
    if (running.size) free.push(running.peekKey(), idx);
    else if (++idle > 2 * workers.length) return Infinity;
    else free.push(Math.max(at, free.peekKey()), idx);
  }
}
