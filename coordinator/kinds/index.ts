/**
 * kinds/: the coordinator's table of task kinds, one module each — where a worker fits it, its
 * place in the scheduling order, its expected time from a capacity, how its result is verified.
 * The wire side of each kind (enum, input roles, label) is protocol/kinds.ts.
 *
 * Adding a kind: a row in protocol/kinds.ts (and the enum in wholesum.proto), a module here added
 * to KINDS (the compiler insists), a handler in worker/kinds/, a native command; then create its
 * tasks where a session needs them (engine.ts or execution.ts).
 */
import type { TaskKindName } from '../../protocol/index.js';
import { groth16 } from './groth16.js';
import { join } from './join.js';
import { segment } from './segment.js';
import type { KindCapacity, KindPolicy, SchedTask } from './types.js';

export type { KindCapacity, KindPolicy, SchedTask, VerifyRequest } from './types.js';

export const KINDS: Record<TaskKindName, KindPolicy> = { prove_lift: segment, join, groth16 };

/** Expected seconds for a task of this kind on a worker with this capacity. */
export const expectedSeconds = (c: Pick<KindCapacity, 'liftSeconds' | 'speeds'>, kind: TaskKindName, po2: number): number => KINDS[kind].expectedSeconds(c, po2);

/** Whether this worker may hold the task: it can aggregate, the kind fits it, and it was not excluded. */
export function canHold(w: { peer: string; capacity: Pick<KindCapacity, 'maxPo2' | 'groth16'> & { canAggregate: boolean } }, t: SchedTask & { excluded: readonly string[] }): boolean {
  return w.capacity.canAggregate && !t.excluded.includes(w.peer) && KINDS[t.kind].fits(w.capacity, t.po2);
}
