/**
 * The whole pipeline on a tiny real job (sha-chain n=100 at po2 16: 3 segments): execute → prove +
 * lift each segment → join in order → finalize → Receipt::verify(image id), then the same artifacts
 * attacked: flipped bytes, a receipt for another segment, a non-adjacent join, a wrong image id.
 * Real STARKs throughout: ~6 minutes on 2 cores.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import * as inputs from '../client/inputs.js';
import { guestElf } from '../client/paths.js';
import { proveLocally, type PipelineResult } from '../client/pipeline.js';
import * as prover from '../client/prover.js';
import { flipByte, rejectsWith, requireBuilt, tempDir } from './helpers.js';

const dir = tempDir('pipeline');
let expectedJournal = '';
let run: PipelineResult;

before(async () => {
  requireBuilt();
  const input = join(dir, 'input.bin');
  expectedJournal = (await inputs.shaChain(100, input)).journal!;
  // Segment 2 goes through `prove` and `lift` as two commands, the others through `prove --lift`.
  run = await proveLocally({ guest: guestElf('sha-chain'), input, po2: 16, workDir: join(dir, 'job'), separateLift: [2] });
});

describe('sha-chain n=100 at po2 16', () => {
  test('ends in a final receipt that verifies against the image id with the expected journal', async () => {
    assert.equal(run.segments.length, 3);
    assert.equal(run.journal, expectedJournal);
    const v = await prover.verify({ receipt: run.receipt, imageId: run.imageId });
    assert.equal(v.kind, 'receipt');
    assert.equal(v.journal, expectedJournal);
    assert.equal(v.claim_digest, run.session.claim_digest, 'the root proves the session claim');
  });

  test('the final receipt is a plain RISC Zero Receipt that a stock host verifies', async () => {
    const journal = await inputs.verifyWithStockRiscZero(run.receipt, run.imageId);
    assert.equal(journal, expectedJournal);
  });

  test('each lifted receipt carries exactly the claim execution predicted', async () => {
    for (const [i, s] of run.segments.entries()) {
      const v = await prover.verify({ receipt: run.lifted[i]!, claim: s.claim_digest });
      assert.equal(v.kind, 'succinct');
      assert.equal(v.pre_state, s.pre_state);
    }
  });
});

describe('hostile receipts', () => {
  test('a receipt with one flipped byte does not verify', async () => {
    for (const [name, file, offset] of [
      ['lifted seal', run.lifted[0]!, 200],
      ['lifted claim area', run.lifted[0]!, -40],
      ['final receipt seal', run.receipt, 300],
    ] as const) {
      const bad = join(dir, `flipped-${name.replace(/ /g, '-')}.bin`);
      writeFileSync(bad, flipByte(readFileSync(file), offset));
      try {
        await prover.verify({ receipt: bad, imageId: file === run.receipt ? run.imageId : undefined });
        assert.fail(`${name}: a flipped byte verified`);
      } catch (e) {
        assert.ok(['verification_failed', 'invalid_receipt'].includes((e as { code: string }).code), `${name}: ${String(e)}`);
      }
      if (file === run.receipt) {
        await assert.rejects(inputs.verifyWithStockRiscZero(bad, run.imageId), /receipt-check/);
      }
    }
  });

  test('a receipt for another segment is rejected against the predicted claim', async () => {
    const e = await rejectsWith(prover.verify({ receipt: run.lifted[1]!, claim: run.segments[0]!.claim_digest }), 'claim_mismatch');
    assert.match(e.message, /another segment/);
    await rejectsWith(prover.verify({ receipt: run.lifted[2]!, claim: run.segments[1]!.claim_digest }), 'claim_mismatch');
  });

  test('joins of non-adjacent or out-of-order receipts are refused before proving', async () => {
    await rejectsWith(prover.join({ left: run.lifted[0]!, right: run.lifted[2]!, out: join(dir, 'j02.bin') }), 'not_adjacent');
    await rejectsWith(prover.join({ left: run.lifted[1]!, right: run.lifted[0]!, out: join(dir, 'j10.bin') }), 'not_adjacent');
    // The last segment halted: nothing may follow it.
    await rejectsWith(prover.join({ left: run.lifted[2]!, right: run.lifted[0]!, out: join(dir, 'j20.bin') }), 'not_adjacent');
  });

  test('a wrong image id fails finalize and verify', async () => {
    const wrong = (run.imageId[0] === 'a' ? 'b' : 'a') + run.imageId.slice(1);
    await rejectsWith(prover.finalize({ root: run.root, imageId: wrong, out: join(dir, 'wrong.bin') }), 'verification_failed');
    await rejectsWith(prover.verify({ receipt: run.receipt, imageId: wrong }), 'verification_failed');
    await assert.rejects(inputs.verifyWithStockRiscZero(run.receipt, wrong), /verification failed/);
  });

  test('finalizing a partial root (not the whole execution) fails', async () => {
    await rejectsWith(prover.finalize({ root: run.lifted[0]!, imageId: run.imageId, out: join(dir, 'partial.bin') }), 'invalid_receipt');
  });
});

describe('separate prove and lift steps', () => {
  test('prove writes a segment receipt with the predicted claim; lift turns it into the same succinct claim', async () => {
    const s = run.segments[2]!;
    const { file: segReceipt, proved } = run.segmentReceipts.get(2)!;
    assert.equal(proved.kind, 'segment');
    assert.equal(proved.claim_digest, s.claim_digest);
    assert.ok((proved.peak_rss_bytes ?? 0) > 100e6, 'peak RSS is measured');
    const v = await prover.verify({ receipt: segReceipt, claim: s.claim_digest });
    assert.equal(v.kind, 'segment');
    assert.equal(v.claim_digest, s.claim_digest);

    const tampered = join(dir, 'seg2-flipped.bin');
    writeFileSync(tampered, flipByte(readFileSync(segReceipt), 1000));
    await rejectsWith(prover.verify({ receipt: tampered, claim: s.claim_digest }), 'verification_failed');
    await rejectsWith(prover.lift({ receipt: tampered, out: join(dir, 'never.bin') }), 'verification_failed');
    await rejectsWith(prover.lift({ receipt: segReceipt, out: join(dir, 'never.bin'), claim: run.segments[0]!.claim_digest }), 'claim_mismatch');

    const lifted = await prover.verify({ receipt: run.lifted[2]!, claim: s.claim_digest });
    assert.equal(lifted.kind, 'succinct');
    assert.equal(lifted.claim_digest, s.claim_digest);
  });
});
