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
