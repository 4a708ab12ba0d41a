/** What a worker-side task kind handler provides; the table of them is kinds/index.ts. */
import type { RunOptions } from '../../native-prover/client/index.js';
import type { ReceiptOutput } from '../../native-prover/client/types.js';
import type { Bodies, KindContract } from '../../protocol/index.js';
import type { Sizing } from '../calibration.js';

/** The prover process settings every kind runs with (signal, nice, threads, memory watch, throttle). */
export type ProverRun = Pick<RunOptions, 'signal' | 'nice' | 'env' | 'onSpawn' | 'detached'>;

export interface KindHandler {
  contract: KindContract;
  /** Refuses a lease this machine cannot hold (beyond the shared checks in task.ts); throws TaskError. */
  admit(lease: Bodies['lease'], sizing: Sizing): void;
  /** Runs the native command: inputs by role (files fetched and checked), the output receipt to `out`. */
  run(lease: Bodies['lease'], files: Record<string, string>, out: string, run: ProverRun, sizing: Sizing): Promise<ReceiptOutput>;
}
