/**
 * What the scaling simulator models: worker classes (what each can hold and how fast it proves,
 * lifts and joins), the network between them and the coordinator, failures and stragglers, and a
 * job of C user cycles. Costs come from measurements (calibration files and bench runs); anything
 * extrapolated says so in `assumptions`.
 */
import { INFLATION, inflationAt } from '../../coordinator/preflight.js';

export interface WorkerClass {
  name: string;
  cores: number;
  memoryGiB: number;
  /** Seconds to prove one segment at po2 (before lift). */
  proveSeconds: (po2: number) => number;
  liftSeconds: number;
  joinSeconds: number;
  /** Largest po2 its memory budget holds. */
  maxPo2: number;
  /** Link to the coordinator. */
  rttMs: number;
  upMbit: number;
  downMbit: number;
}

export interface Overheads {
  /** Per task, besides proving and moving bytes: lease, process start, result hand-back (s). */
  perTaskSeconds: number;
  /** Coordinator's check of one result (s); `verifyParallelism` results at once. */
  verifySeconds: number;
  verifyParallelism: number;
  /** Coordinator execution speed (total cycles per second). */
  executeHz: number;
  /** Session creation to execution start (s), and root to final receipt (s). */
  startSeconds: number;
  finalizeSeconds: number;
  /** Bytes of a segment per cycle of po2 capacity, and of a succinct receipt. */
  segmentBytesPerCycle: number;
  receiptBytes: number;
}

export interface Faults {
  /** Chance a task's worker dies during it (the lease is lost after 3 missed heartbeats). */
  crashRate: number;
  /** Chance a task runs `stragglerFactor` times slower. */
  stragglerRate: number;
  stragglerFactor: number;
  /** How long a crashed worker stays away (s). */
  downSeconds: number;
}

export const NO_FAULTS: Faults = { crashRate: 0, stragglerRate: 0, stragglerFactor: 10, downSeconds: 120 };

export interface Job {
  userCycles: number;
  /** Total cycles per user cycle at each po2 (paging and padding); measured per guest. */
  inflation: (po2: number) => number;
}

/** The coordinator's table (preflight.ts scales segment counts with it), so both use one set of measurements. */
export const RUST_GUEST_INFLATION: Readonly<Record<number, number>> = INFLATION;

export function tableInflation(t: Readonly<Record<number, number>>): (po2: number) => number {
  return (po2) => inflationAt(po2, t);
}

export interface Scenario {
  workers: { cls: WorkerClass; count: number }[];
  job: Job;
  overheads: Overheads;
  faults: Faults;
  /** The coordinator's own settings, as `loadOptions` gives them. */
  segmentPo2: number;
  maxPo2: number;
  /** --preflight-cycles (0 or absent: plan from the pool alone, without the job's size). */
  preflightCycles?: number;
  heartbeatMs: number;
  leaseSlack: number;
  /** --hedge-after (0 or absent: no hedging). */
  hedgeAfter?: number;
  seed: number;
}

/** RAM a po2 needs to prove (bytes), from the measured ~9.4 KB per cycle, with the 1.5 GB lift floor. */
export const bytesForPo2 = (po2: number) => Math.max(1.5e9, 2 ** po2 * 9_400);

export function maxPo2ForMemory(memoryGiB: number, budgetShare = 0.75): number {
  const budget = memoryGiB * 2 ** 30 * budgetShare;
  let best = 0;
  for (let p = 14; p <= 22; p++) if (bytesForPo2(p) <= budget) best = p;
  return best;
}
