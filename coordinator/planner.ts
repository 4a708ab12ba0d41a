/**
 * Choosing a job's segment po2 from the live pool. Larger segments mean fewer lifts and joins (a
 * fixed ~90 s each here) and less paging overhead, so prefer the largest po2 that enough of the
 * pool can prove quickly; workers too small for it still lift and join. The pathological po2s
 * (protocol/po2.ts) are never chosen.
 */
import { MIN_PO2, plannablePo2 } from '../protocol/index.js';

export interface ProverView {
  maxPo2: number;
  speeds: { po2: number; proveSeconds: number }[];
}

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
}

export function choosePo2(pool: ProverView[], o: PlanOptions): Plan | undefined {
  if (o.segmentPo2) return { po2: o.segmentPo2, reason: 'fixed by --segment-po2' };
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
