/** Choosing the segment po2 from the live pool. */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { choosePo2 } from '../planner.js';

const w = (maxPo2: number, secondsAtMax = 100) => ({ maxPo2, speeds: [{ po2: maxPo2, proveSeconds: secondsAtMax }] });
const opts = { segmentPo2: 0, maxPo2: 20 };

test('the largest po2 at least half the provers hold', () => {
  assert.equal(choosePo2([w(18), w(18), w(17), w(16)], opts)?.po2, 18);
  assert.equal(choosePo2([w(18), w(17), w(16), w(16)], opts)?.po2, 17);
  assert.equal(choosePo2([w(18), w(16), w(16), w(14)], opts)?.po2, 16);
  assert.equal(choosePo2([w(20), w(20), w(16)], opts)?.po2, 20);
  assert.equal(choosePo2([w(22), w(22)], opts)?.po2, 20, 'capped by --max-po2');
});

test('never po2 15 (pathological split), and nothing without provers', () => {
  const p = choosePo2([w(15), w(15)], opts);
  assert.equal(p?.po2, 14);
  assert.equal(choosePo2([w(0), w(0)], opts), undefined, 'aggregation-only workers cannot prove segments');
  assert.equal(choosePo2([], opts), undefined);
});

test('a po2 nobody proves quickly is skipped', () => {
  const slow = {
    maxPo2: 20,
    speeds: [
      { po2: 20, proveSeconds: 5000 },
      { po2: 19, proveSeconds: 2500 },
      { po2: 18, proveSeconds: 400 },
    ],
  };
  assert.equal(choosePo2([slow, slow], opts)?.po2, 18);
});

test('a fixed po2 wins', () => {
  assert.equal(choosePo2([], { segmentPo2: 16, maxPo2: 20 })?.po2, 16);
});

// Two threads on this machine kind (RISC0.md): prove ~35 s at po2 16, doubling per po2; lift and join ~50 s.
const real = (maxPo2 = 20) => ({
  maxPo2,
  speeds: [16, 17, 18, 19, 20].filter((p) => p <= maxPo2).map((po2) => ({ po2, proveSeconds: 35 * 2 ** (po2 - 16) })),
  liftSeconds: 50,
  joinSeconds: 50,
});
// The demo's job (2 secp256k1 transfers) as executed: its segment count at each po2.
const demoJob = { segmentsAt: (p: number) => ({ 14: 41, 16: 13, 17: 4, 18: 2, 19: 1, 20: 1 })[p] };

test('with the job size known, the po2 with the lowest predicted latency on this pool', () => {
  const two = [real(), real()];
  assert.equal(choosePo2(two, opts)?.po2, 20, 'without the size: the largest po2 the pool holds');
  const plan = choosePo2(two, opts, demoJob)!;
  // po2 20: one 560 s segment; 19: one 280 s segment; 18: two 140 s segments in parallel and a join.
  assert.equal(plan.po2, 18, plan.reason);
  assert.ok(plan.predictedSeconds! > 140 + 50 + 50 && plan.predictedSeconds! < 300, plan.reason);
  assert.match(plan.reason, /po2 20 \(1 segments\) would take/);
  // One worker: a join costs as much as the time it saves, so one segment at 19 wins.
  assert.equal(choosePo2([real()], opts, demoJob)?.po2, 19);
});

test('a large pool splits a large job finer; the model never goes above the largest po2 the pool holds', () => {
  const big = { segmentsAt: (p: number) => Math.ceil((2 ** 30 * { 14: 8.8, 16: 2.84, 17: 1.72, 18: 1.44, 19: 1.33, 20: 1.3 }[p]!) / 2 ** p) };
  const pool = (n: number, maxPo2 = 20) => Array.from({ length: n }, () => real(maxPo2));
  const few = choosePo2(pool(4), opts, big)!.po2;
  const many = choosePo2(pool(1000), opts, big)!.po2;
  assert.ok(many < few, `1000 workers: po2 ${many}; 4 workers: po2 ${few}`);
  assert.ok(choosePo2(pool(4, 18), opts, big)!.po2 <= 18);
});

test('ties go to the larger po2 (less total work), and unknown sizes or times fall back to the largest po2', () => {
  const same = { segmentsAt: () => 1 };
  const flat = { maxPo2: 20, speeds: [14, 16, 17, 18, 19, 20].map((po2) => ({ po2, proveSeconds: 100 })), liftSeconds: 50, joinSeconds: 50 };
  assert.equal(choosePo2([flat], opts, same)?.po2, 20);
  assert.equal(choosePo2([real(), real()], opts, { segmentsAt: () => undefined })?.po2, 20);
  assert.equal(choosePo2([w(20), w(20)], opts, demoJob)?.po2, 20, 'no lift or join time: no model');
  assert.equal(choosePo2([real(), real()], { segmentPo2: 16, maxPo2: 20 }, demoJob)?.po2, 16, 'a fixed po2 still wins');
});
