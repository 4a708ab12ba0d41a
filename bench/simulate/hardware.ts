/**
 * Hardware classes for predictions beyond this machine, derived from its own calibrations (1 and 2
 * threads) with stated assumptions: a per-core speed relative to this machine's cores, and
 * multi-core scaling following the exponent measured between 1 and 2 threads (capped at linear).
 * No GPU class: nothing here measures one, and a guessed GPU speed would make the table fiction.
 */
import { proveAt, type CalibrationFile } from './fit.js';
import { maxPo2ForMemory, type WorkerClass } from './model.js';

export interface HardwareSpec {
  name: string;
  cores: number;
  memoryGiB: number;
  /** Speed of one core relative to one of this machine's. */
  perCore: number;
  rttMs: number;
  upMbit: number;
  downMbit: number;
}

/** Home PCs on home links (50 ms RTT, 20 Mbit/s up, 100 down) and this machine on a LAN. */
export const HARDWARE: HardwareSpec[] = [
  { name: 'old laptop (2 cores, 8 GiB, 0.6× core)', cores: 2, memoryGiB: 8, perCore: 0.6, rttMs: 50, upMbit: 20, downMbit: 100 },
  { name: 'old desktop (4 cores, 16 GiB, 0.8× core)', cores: 4, memoryGiB: 16, perCore: 0.8, rttMs: 50, upMbit: 20, downMbit: 100 },
  { name: 'desktop (8 cores, 32 GiB, 1.0× core)', cores: 8, memoryGiB: 32, perCore: 1, rttMs: 50, upMbit: 20, downMbit: 100 },
  { name: 'this VM (2 vCPU, 24 GiB), LAN', cores: 2, memoryGiB: 24, perCore: 1, rttMs: 1, upMbit: 1000, downMbit: 1000 },
];

export interface Scaling {
  prove: number;
  lift: number;
}

/** Exponents e with time(2 threads) = time(1 thread) / 2^e, capped at 1 (no superlinear promise). */
export function measuredScaling(one: CalibrationFile, two: CalibrationFile): Scaling {
  const e = (t1: number, t2: number) => Math.min(1, Math.max(0, Math.log2(t1 / t2)));
  return { prove: e(proveAt(one, 16), proveAt(two, 16)), lift: e(one.liftSeconds, two.liftSeconds) };
}

export function classFrom(h: HardwareSpec, two: CalibrationFile, s: Scaling): WorkerClass {
  const proveFactor = (2 / h.cores) ** s.prove / h.perCore;
  const liftFactor = (2 / h.cores) ** s.lift / h.perCore;
  return {
    name: h.name,
    cores: h.cores,
    memoryGiB: h.memoryGiB,
    proveSeconds: (po2) => proveAt(two, po2) * proveFactor,
    liftSeconds: two.liftSeconds * liftFactor,
    joinSeconds: two.liftSeconds * liftFactor,
    maxPo2: maxPo2ForMemory(h.memoryGiB),
    rttMs: h.rttMs,
    upMbit: h.upMbit,
    downMbit: h.downMbit,
  };
}
