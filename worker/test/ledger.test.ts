/** The worker's ledger: what coordinators accepted and refused, kept across restarts. */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { tempDir } from '../../native-prover/test/helpers.js';
import { Ledger, shortCount } from '../ledger.js';

test('accepted results add their segment cycles; refusals keep the last reason; both survive a restart', () => {
  const dir = tempDir('ledger');
  const a = new Ledger(dir);
  a.record('prove_lift', 16, true, 40, '');
  a.record('prove_lift', 18, true, 90, '');
  a.record('join', 0, true, 50, '');
  a.record('join', 0, false, 50, 'this task is no longer leased to you');
  assert.equal(a.summary(), '3 accepted (328 k cycles) · 1 refused');
  const b = new Ledger(dir);
  assert.deepEqual(b.totals.accepted, { prove_lift: 2, join: 1 });
  assert.deepEqual(b.totals.refused, { join: 1 });
  assert.equal(b.totals.segmentCycles, 2 ** 16 + 2 ** 18);
  assert.equal(b.totals.seconds, 180);
  assert.equal(b.totals.lastRefusal, 'this task is no longer leased to you');
  assert.equal(b.totals.since, a.totals.since);
});

test('a damaged ledger file starts from zero instead of stopping the worker', () => {
  const dir = tempDir('ledger-bad');
  writeFileSync(join(dir, 'ledger.json'), '{"accepted":{"prove_lift":-3,"join":"x"},"segmentCycles":1e400');
  assert.equal(new Ledger(dir).summary(), '0 accepted (0 cycles)');
  writeFileSync(join(dir, 'ledger.json'), JSON.stringify({ accepted: { prove_lift: -3, join: 'x', groth16: 1 }, segmentCycles: -5 }));
  const l = new Ledger(dir);
  assert.deepEqual(l.totals.accepted, { groth16: 1 });
  assert.equal(l.totals.segmentCycles, 0);
});

test('counts read short', () => {
  assert.deepEqual([0, 999, 65_536, 3_500_000, 2e9].map(shortCount), ['0', '999', '66 k', '3.5 M', '2.0 G']);
});
