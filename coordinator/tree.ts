/**
 * The join tree, built incrementally while execution still streams segments. Node (level L, i)
 * covers segments [i·2^L, (i+1)·2^L); level 0 is segment i's lifted receipt. A node whose right
 * half holds no segment is its left child (no task). So pairings never depend on the final count,
 * and a join starts as soon as two adjacent receipts exist.
 */
export const segTaskId = (i: number): string => `seg-${i}`;
export const joinTaskId = (level: number, i: number): string => `join-${level}-${i}`;

const first = (level: number, i: number): number => i * 2 ** level;

/**
 * The task holding node (level, i)'s receipt; undefined when the node does not exist or cannot be
 * decided yet (its right half may still get segments). `seen` = segments produced so far;
 * `total` = the final count, once execution has finished.
 */
export function resolveNode(level: number, i: number, seen: number, total?: number): string | undefined {
  if (first(level, i) >= (total ?? seen)) return undefined;
  if (level === 0) return segTaskId(i);
  if (first(level - 1, 2 * i + 1) < seen) return joinTaskId(level, i);
  if (total !== undefined) return resolveNode(level - 1, 2 * i, seen, total);
  return undefined;
}

export interface JoinPlan {
  id: string;
  level: number;
  left: string;
  right: string;
}

/** Joins whose two children are done. The caller skips ids it already has. */
export function readyJoins(seen: number, total: number | undefined, isDone: (taskId: string) => boolean): JoinPlan[] {
  const out: JoinPlan[] = [];
  for (let level = 1; 2 ** (level - 1) < seen; level++) {
    for (let i = 0; first(level, i) < seen; i++) {
      if (first(level - 1, 2 * i + 1) >= seen) continue;
      const left = resolveNode(level - 1, 2 * i, seen, total);
      const right = resolveNode(level - 1, 2 * i + 1, seen, total);
      if (left && right && isDone(left) && isDone(right)) out.push({ id: joinTaskId(level, i), level, left, right });
    }
  }
  return out;
}

/** The task whose receipt is the root, once the segment count is known. */
export function rootTask(total: number): string {
  const levels = Math.ceil(Math.log2(Math.max(1, total)));
  return resolveNode(levels, 0, total, total)!;
}

/** Joins a job of `total` segments needs (a binary tree with `total` leaves has total − 1 inner nodes). */
export const joinCount = (total: number): number => Math.max(0, total - 1);
