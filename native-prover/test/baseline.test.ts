/** `calibrate` (what workers size themselves with) and `prove-local` (the benchmark baseline). */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, test } from 'node:test';

import * as inputs from '../client/inputs.js';
import { guestElf } from '../client/paths.js';
import * as prover from '../client/prover.js';
import { rejectsWith, requireBuilt, tempDir } from './helpers.js';

const dir = tempDir('baseline');
before(requireBuilt);

test('calibrate proves a full synthetic segment of the requested po2 and reports time and peak RSS', async () => {
  const c = await prover.calibrate({ po2: 14 });
  assert.equal(c.po2, 14);
  assert.equal(c.cycles, 1 << 14);
  assert.ok(c.prove_seconds > 0);
  assert.ok(c.prove_peak_rss_bytes > 50e6 && c.prove_peak_rss_bytes < 4e9, `peak RSS ${c.prove_peak_rss_bytes}`);
  assert.ok(Math.abs(c.khz - c.cycles / c.prove_seconds / 1000) < 1e-6);
  assert.match(c.prover_version, /wholesum-prover\/.* risc0-zkvm\/3\.1\.0-rc\.1/);
  await rejectsWith(prover.calibrate({ po2: 30 }), 'invalid_po2');
});

test("prove-local runs RISC Zero's own LocalProver and its receipt verifies with a stock host", async () => {
  const input = join(dir, 'sha-1.bin');
  const expected = await inputs.shaChain(1, input);
  const out = join(dir, 'local.bin');
  const r = await prover.proveLocal({ guest: guestElf('sha-chain'), input, out, po2: 16 });
  assert.equal(r.journal, expected.journal);
  assert.equal(r.segments, 1);
  assert.equal(await inputs.verifyWithStockRiscZero(out, r.image_id), expected.journal);
});
