/**
 * The task kinds both roles know, one row each: the name the coordinator keeps in its records, the
 * wire enum, the input roles a lease of that kind carries (in order), and the label status lines
 * show. The coordinator's policy per kind is in coordinator/kinds/, the worker's handler in
 * worker/kinds/; both are keyed by this table, so a kind exists in one place on each side.
 */
import { TaskKind } from './codec.js';

export interface KindContract {
  name: TaskKindName;
  wire: TaskKind;
  roles: readonly string[];
  /** What the task does, in a status line: "proving", "joining". */
  label: string;
}

export const TASK_KINDS = {
  /** Prove a segment and lift it in the same process: one task, one transfer less. */
  prove_lift: { name: 'prove_lift', wire: TaskKind.PROVE_LIFT, roles: ['segment'], label: 'proving' },
  /** Join two adjacent succinct receipts into one. */
  join: { name: 'join', wire: TaskKind.JOIN, roles: ['left', 'right'], label: 'joining' },
  /** identity_p254 + shrink-wrap of a final succinct receipt (workers with a Groth16 backend). */
  groth16: { name: 'groth16', wire: TaskKind.GROTH16, roles: ['receipt'], label: 'groth16' },
} as const satisfies Record<string, { name: string; wire: TaskKind; roles: readonly string[]; label: string }>;

export type TaskKindName = keyof typeof TASK_KINDS;

/** The row for a wire kind, or undefined for one this release does not know. */
export function kindOfWire(wire: number): KindContract | undefined {
  return Object.values<KindContract>(TASK_KINDS).find((k) => k.wire === wire);
}
