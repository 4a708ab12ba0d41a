/**
 * A job's join tree as the page draws it: one string per level (level 0: the segments; the last:
 * the root), one letter per node, so a thousand-segment job costs a few kilobytes a poll. The
 * shape is coordinator/tree.ts's own (resolveNode), not a second copy of its pairing rule.
 */
import { resolveNode } from '../tree.js';

/**
 * D done · R running (leased) · H running with a hedge beside it · Q queued (its inputs exist, no
 * lease) · W waiting (its children are not done yet, or execution may still add to it) · C carried
 * (its right half holds no segment: its receipt is its left child's, no task) · X never proved (the
 * job ended first).
 */
export type NodeState = 'D' | 'R' | 'H' | 'Q' | 'W' | 'C' | 'X';

export function treeLevels(seen: number, total: number | undefined, stateOf: (taskId: string) => NodeState | undefined, ended = false): string[] {
  const n = total ?? seen;
  if (n <= 0) return [];
  const root = Math.ceil(Math.log2(n));
  const out: string[] = [];
  for (let level = 0; level <= root; level++) {
    let row = '';
    for (let i = 0; i * 2 ** level < n; i++) {
      const id = resolveNode(level, i, seen, total);
      if (id === undefined) row += ended ? 'X' : 'W';
      else if (level > 0 && id !== `join-${level}-${i}`) row += 'C';
      else row += stateOf(id) ?? (ended ? 'X' : 'W');
    }
    out.push(row);
  }
  return out;
}
