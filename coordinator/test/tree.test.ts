/**
 * The incremental join tree: whatever order receipts arrive in, and however many segments the
 * execution turns out to have, every segment is joined exactly once, only adjacent spans are
 * joined, and the root covers the whole execution.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { readyJoins, rootTask, joinCount } from '../tree.js';

function simulate(total: number, seed: number): { joins: number; rootSpan: [number, number] } {
  let rng = seed;
  const rand = (n: number) => {
    rng = (rng * 1103515245 + 12345) % 2 ** 31;
    return rng % n;
  };
  const spans = new Map<string, [number, number]>();
  const done = new Set<string>();
  const pending: string[] = [];
  let seen = 0;
  let known: number | undefined;
  let joins = 0;
  const advance = () => {
    for (const j of readyJoins(seen, known, (id) => done.has(id))) {
      if (spans.has(j.id)) continue;
      const l = spans.get(j.left)!;
      const r = spans.get(j.right)!;
      assert.equal(l[1] + 1, r[0], `${j.id} joins ${j.left} ${JSON.stringify(l)} and ${j.right} ${JSON.stringify(r)}: not adjacent`);
      spans.set(j.id, [l[0], r[1]]);
      pending.push(j.id);
      joins++;
    }
  };
  while (known === undefined || pending.length > 0) {
    // Execution streams segments while receipts come back in any order.
    if (known === undefined && (pending.length === 0 || rand(3) === 0)) {
      spans.set(`seg-${seen}`, [seen, seen]);
      pending.push(`seg-${seen}`);
      seen++;
      if (seen === total) known = total;
    } else {
      const id = pending.splice(rand(pending.length), 1)[0]!;
      done.add(id);
    }
    advance();
  }
  const root = rootTask(total);
  assert.ok(done.has(root), `root ${root} of ${total} segments is done`);
  return { joins, rootSpan: spans.get(root)! };
}

test('any arrival order gives one tree of adjacent joins covering every segment', () => {
  let cases = 0;
  for (let total = 1; total <= 70; total++) {
    for (let seed = 1; seed <= 12; seed++) {
      const { joins, rootSpan } = simulate(total, seed * 7919 + total);
      assert.equal(joins, joinCount(total), `${total} segments need ${joinCount(total)} joins`);
      assert.deepEqual(rootSpan, [0, total - 1]);
      cases++;
    }
  }
  assert.equal(cases, 840);
});

test('the root of one segment is the segment itself', () => {
  assert.equal(rootTask(1), 'seg-0');
  assert.equal(rootTask(2), 'join-1-0');
  assert.equal(rootTask(3), 'join-2-0');
  assert.equal(rootTask(4), 'join-2-0');
  assert.equal(rootTask(5), 'join-3-0');
});
