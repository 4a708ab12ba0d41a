/**
 * kinds/: the worker's handler per task kind — what it refuses and which native command it runs.
 * The kinds themselves (wire enum, input roles, label) are protocol/kinds.ts; the record type makes
 * the compiler insist on a handler for each.
 */
import { kindOfWire, type TaskKindName } from '../../protocol/index.js';
import { groth16 } from './groth16.js';
import { join } from './join.js';
import { segment } from './segment.js';
import type { KindHandler } from './types.js';

export type { KindHandler, ProverRun } from './types.js';

export const HANDLERS: Record<TaskKindName, KindHandler> = { prove_lift: segment, join, groth16 };

/** The handler for a leased wire kind, or undefined for one this worker does not know. */
export function handlerFor(wire: number): KindHandler | undefined {
  const kind = kindOfWire(wire);
  return kind ? HANDLERS[kind.name] : undefined;
}
