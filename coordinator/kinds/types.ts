/** What a coordinator-side task kind module provides; the table of them is kinds/index.ts. */
import type { VerifyOutput } from '../../native-prover/client/types.js';
import type { KindContract, TaskKindName } from '../../protocol/index.js';

/** A task as scheduling sees it (the record and the simulator's task both are one). */
export interface SchedTask {
  id: string;
  kind: TaskKindName;
  po2: number;
  level: number;
  span: [number, number];
}

/** What a worker said it can do, as far as kind policy needs it. */
export interface KindCapacity {
  maxPo2: number;
  groth16: boolean;
  liftSeconds: number;
  speeds: readonly { po2: number; proveSeconds: number }[];
}

/** A result to check: file paths of the receipt and of the task's inputs by role. */
export interface VerifyRequest {
  receipt: string;
  input: (role: string) => string;
  expectedClaim?: string;
  imageId: string;
}

export interface KindPolicy {
  contract: KindContract;
  /** Whether a worker that can aggregate may hold a task of this kind at this po2. */
  fits(c: Pick<KindCapacity, 'maxPo2' | 'groth16'>, po2: number): boolean;
  /**
   * Scheduling order across kinds: a worker gets a task of the lowest tier it fits. `fast`: the
   * worker's lift speed is within FAST_FACTOR of the pool's fastest (scheduler.ts).
   */
  tier(t: SchedTask, fast: boolean): number;
  /** Whether a peer on probation may hold it (trust.ts): not a task the root's latency waits on. */
  lowStakes(t: SchedTask): boolean;
  /** Order within a tier (negative: `a` first); ties keep the order tasks were created in. */
  order(a: SchedTask, b: SchedTask): number;
  /** Seconds this kind takes on a worker, from its own calibration (lease deadlines, hedging, ETA). */
  expectedSeconds(c: Pick<KindCapacity, 'liftSeconds' | 'speeds'>, po2: number): number;
  /** Checks a returned receipt with the native verifier; throws VerificationError when it is wrong. */
  verify(r: VerifyRequest): Promise<VerifyOutput>;
}

/** Lift and join take the same time whatever the po2 (recursion runs at po2 18); 60 s when unknown. */
export const liftSecondsOf = (c: Pick<KindCapacity, 'liftSeconds'>): number => c.liftSeconds || 60;
