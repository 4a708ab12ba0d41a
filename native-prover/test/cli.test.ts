/**
 * The wholesum-prover contract on bad input, with no proving: every hostile input gets exit 2 and one
 * JSON error with a stable code, never a panic trace or a hang. Plus execution of the real guests.
 */
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';

import { MAX_PO2, MIN_PO2 } from '../../protocol/po2.js';
import * as inputs from '../client/inputs.js';
import { guestElf } from '../client/paths.js';
import * as prover from '../client/prover.js';
import type { SegmentEvent } from '../client/types.js';
import { raw, rejectsWith, requireBuilt, tempDir } from './helpers.js';

const dir = tempDir('cli');
const shaInput = join(dir, 'sha-100.bin');
let shaJournal = '';

before(async () => {
  requireBuilt();
  shaJournal = (await inputs.shaChain(100, shaInput)).journal!;
});

describe('guest loading', () => {
  test('a plain ELF and its R0BF wrapping have the same image id', async () => {
    const r0bf = join(dir, 'sha-chain.r0bf');
    const fromElf = raw(['image-id', '--guest', guestElf('sha-chain'), '--write-r0bf', r0bf]);
    assert.equal(fromElf.status, 0, fromElf.stdout);
    const fromR0bf = await prover.imageId(r0bf);
    assert.equal(fromElf.json.format, 'elf');
    assert.equal(fromR0bf.format, 'r0bf');
    assert.match(fromR0bf.image_id, /^[0-9a-f]{64}$/);
    assert.equal(fromR0bf.image_id, fromElf.json.image_id);
  });

  test('malformed, non-RISC-V and non-ELF guests are refused with invalid_guest', async () => {
    const truncated = join(dir, 'truncated.elf');
    writeFileSync(truncated, readFileSync(guestElf('sha-chain')).subarray(0, 200));
    const x86 = join(dir, 'x86.elf');
    copyFileSync(process.execPath, x86); // a 64-bit x86 ELF
    const junk = join(dir, 'junk.bin');
    writeFileSync(junk, Buffer.from('this is not a program at all'));
    const badR0bf = join(dir, 'bad.r0bf');
    writeFileSync(badR0bf, Buffer.concat([Buffer.from('R0BF'), Buffer.alloc(64, 0xff)]));
    for (const guest of [truncated, x86, junk, badR0bf]) {
      const e = await rejectsWith(prover.imageId(guest), 'invalid_guest');
      assert.ok(e.message.length > 10, e.message);
      await rejectsWith(prover.execute({ guest, input: shaInput, outDir: join(dir, 'never'), po2: 16 }), 'invalid_guest');
    }
  });

  test('a missing file is a clear missing_file error', async () => {
    const e = await rejectsWith(prover.imageId(join(dir, 'nope.elf')), 'missing_file');
    assert.match(e.message, /nope\.elf/);
  });
});

describe('execute', () => {
  test('sha-chain n=100 at po2 16: segments stream with predicted claims, journal is the native value', async () => {
    const segments: SegmentEvent[] = [];
    const session = await prover.execute({
      guest: guestElf('sha-chain'),
      input: shaInput,
      outDir: join(dir, 'seg16'),
      po2: 16,
      onSegment: (s) => segments.push(s),
    });
    assert.equal(session.journal, shaJournal);
    assert.deepEqual(session.exit_code, { kind: 'Halted', user: 0 });
    assert.equal(session.segments, segments.length);
    assert.equal(segments.length, 3);
    segments.forEach((s, i) => {
      assert.equal(s.index, i);
      assert.ok(s.po2 <= 16);
      assert.match(s.claim_digest, /^[0-9a-f]{64}$/);
      assert.equal(readFileSync(s.file).length, s.bytes);
      if (i > 0) assert.equal(s.pre_state, segments[i - 1]!.post_state, 'consecutive segments chain');
      assert.equal(s.exit_code.kind, i === segments.length - 1 ? 'Halted' : 'SystemSplit');
    });
    const image = await prover.imageId(guestElf('sha-chain'));
    assert.equal(session.image_id, image.image_id);
    assert.equal(
      session.total_cycles,
      segments.reduce((a, s) => a + s.cycles, 0),
    );
  });

  test('po2 14 splits the same job into many more segments', async () => {
    const session = await prover.execute({ guest: guestElf('sha-chain'), input: shaInput, outDir: join(dir, 'seg14'), po2: 14 });
    assert.equal(session.journal, shaJournal);
    assert.ok(session.segments > 3 * 4, `po2 14 gave ${session.segments} segments`);
  });

  test('po2 out of range is refused', async () => {
    for (const po2 of [0, 12, 13, 23, 40]) {
      await rejectsWith(prover.execute({ guest: guestElf('sha-chain'), input: shaInput, outDir: join(dir, 'x'), po2 }), 'invalid_po2');
    }
  });

  test('a pathological split (po2 15) is refused while it happens', async () => {
    const bigInput = join(dir, 'sha-20000.bin');
    await inputs.shaChain(20000, bigInput);
    const outDir = join(dir, 'seg15');
    const e = await rejectsWith(prover.execute({ guest: guestElf('sha-chain'), input: bigInput, outDir, po2: 15 }), 'pathological_split');
    assert.match(e.message, /po2 15/);
  });

  test('a guest that panics fails with its message, exit 2, and no trace on stdout', async () => {
    const r = raw(['execute', '--guest', guestElf('panic'), '--input', shaInput, '--out-dir', join(dir, 'panic'), '--po2', '16']);
    assert.equal(r.status, 2);
    const error = r.json.error as { code: string; message: string };
    assert.equal(error.code, 'guest_panicked');
    assert.match(error.message, /deliberate failure/);
    assert.doesNotMatch(r.stdout, /stack backtrace|RUST_BACKTRACE/);
  });

  test('a guest that runs past the cycle limit is stopped', async () => {
    const bigInput = join(dir, 'sha-20000b.bin');
    await inputs.shaChain(20000, bigInput);
    await rejectsWith(prover.execute({ guest: guestElf('sha-chain'), input: bigInput, outDir: join(dir, 'limit'), po2: 16, cycleLimit: 200_000 }), 'cycle_limit_exceeded');
  });
});

describe('rollup-batch', () => {
  test('the journal commits the new root the native generator computes', async () => {
    const input = join(dir, 'rollup.bin');
    const expected = await inputs.rollupBatch({ accounts: 16, transfers: 2, seed: 7, out: input });
    assert.equal(expected.valid, true);
    const session = await prover.execute({ guest: guestElf('rollup-batch'), input, outDir: join(dir, 'rollup'), po2: 20 });
    assert.equal(session.journal, expected.journal);
    assert.equal(session.journal.slice(64, 128), expected.new_root);
    assert.notEqual(expected.old_root, expected.new_root);
  });

  test('a batch with a bad signature makes the guest fail instead of committing', async () => {
    const input = join(dir, 'rollup-bad.bin');
    const expected = await inputs.rollupBatch({ accounts: 16, transfers: 2, seed: 7, out: input, badSignature: 1 });
    assert.equal(expected.valid, false);
    const e = await rejectsWith(prover.execute({ guest: guestElf('rollup-batch'), input, outDir: join(dir, 'rollup-bad'), po2: 20 }), 'guest_panicked');
    assert.match(e.message, /transfer 1: bad signature/);
  });
});

describe('evm-batch', () => {
  test('revm in the guest reaches the state roots the native generator computes', async () => {
    const input = join(dir, 'evm.bin');
    const expected = await inputs.evmBatch({ accounts: 4, eth: 1, erc20: 1, seed: 3, out: input });
    assert.equal(expected.valid, true, expected.reason);
    const session = await prover.execute({ guest: guestElf('evm-batch'), input, outDir: join(dir, 'evm'), po2: 20 });
    assert.equal(session.journal, expected.journal);
    assert.equal(session.journal.slice(0, 64), expected.pre_root);
    assert.equal(session.journal.slice(64, 128), expected.post_root);
    assert.notEqual(expected.pre_root, expected.post_root);
    // Two transactions, and an ETH transfer's 21000 gas plus a token transfer's.
    assert.equal(Buffer.from(session.journal.slice(192, 208), 'hex').readBigUInt64LE(), 2n);
    assert.equal(Number(Buffer.from(session.journal.slice(208, 224), 'hex').readBigUInt64LE()), expected.gas_used);
  });

  test('a tampered transaction makes the guest fail instead of committing', async () => {
    const input = join(dir, 'evm-bad.bin');
    await inputs.evmBatch({ accounts: 4, eth: 1, erc20: 0, seed: 3, out: input });
    const bytes = readFileSync(input);
    // The last byte is the end of the last transaction's s value.
    bytes[bytes.length - 1]! ^= 0xff;
    writeFileSync(input, bytes);
    const e = await rejectsWith(prover.execute({ guest: guestElf('evm-batch'), input, outDir: join(dir, 'evm-bad'), po2: 20 }), 'guest_panicked');
    assert.match(e.message, /evm-batch rejected: transaction 0/);
  });
});

describe('bad files for the proving commands', () => {
  test('a truncated or garbage segment file is refused before proving', async () => {
    const segments: SegmentEvent[] = [];
    await prover.execute({ guest: guestElf('sha-chain'), input: shaInput, outDir: join(dir, 'segs'), po2: 16, onSegment: (s) => segments.push(s) });
    const bytes = readFileSync(segments[0]!.file);
    const truncated = join(dir, 'truncated.seg');
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await rejectsWith(prover.prove({ segment: truncated, out: join(dir, 'r.bin') }), 'invalid_segment');
    const garbage = join(dir, 'garbage.seg');
    writeFileSync(garbage, Buffer.alloc(5000, 0xab));
    await rejectsWith(prover.prove({ segment: garbage, out: join(dir, 'r.bin') }), 'invalid_segment');
    await rejectsWith(prover.prove({ segment: join(dir, 'missing.seg'), out: join(dir, 'r.bin') }), 'missing_file');
  });

  test('a segment above the prover limit is refused before any proving starts', async () => {
    const segments: SegmentEvent[] = [];
    await prover.execute({ guest: guestElf('sha-chain'), input: shaInput, outDir: join(dir, 'segs2'), po2: 16, onSegment: (s) => segments.push(s) });
    const started = Date.now();
    await rejectsWith(prover.prove({ segment: segments[0]!.file, out: join(dir, 'r.bin'), maxPo2: 15 }), 'po2_too_large');
    assert.ok(Date.now() - started < 10_000, 'refusal must come before proving');
  });

  test('garbage receipts are refused by verify, lift, join and finalize', async () => {
    const garbage = join(dir, 'garbage.receipt');
    writeFileSync(garbage, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 251)));
    await rejectsWith(prover.verify({ receipt: garbage }), 'invalid_receipt');
    await rejectsWith(prover.lift({ receipt: garbage, out: join(dir, 'o') }), 'invalid_receipt');
    await rejectsWith(prover.join({ left: garbage, right: garbage, out: join(dir, 'o') }), 'invalid_receipt');
    await rejectsWith(prover.finalize({ root: garbage, imageId: '00'.repeat(32), out: join(dir, 'o') }), 'invalid_receipt');
    await rejectsWith(prover.verify({ receipt: join(dir, 'absent') }), 'missing_file');
  });

  test('a huge length prefix cannot make the prover allocate without bound', async () => {
    const bomb = join(dir, 'bomb.receipt');
    const b = Buffer.alloc(64, 0);
    b.writeBigUInt64LE(0xffff_ffff_ffffn, 0); // a vector length far beyond the file
    writeFileSync(bomb, b);
    await rejectsWith(prover.verify({ receipt: bomb }), 'invalid_receipt');
  });
});

describe('contract edges', () => {
  test('unknown commands and flags are usage errors', () => {
    for (const args of [['frobnicate'], ['prove', '--segmnt', 'x'], ['execute', '--guest']]) {
      const r = raw(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.equal((r.json.error as { code: string }).code, 'usage');
    }
  });

  test('the native po2 range is the one protocol/po2.ts declares (limits.rs cannot import it)', async () => {
    const v = await prover.version();
    assert.deepEqual([v.min_po2, v.max_po2], [MIN_PO2, MAX_PO2]);
  });

  test('RISC0_DEV_MODE is refused: fake receipts prove nothing', () => {
    const r = raw(['version'], { ...process.env, RISC0_DEV_MODE: '1' });
    assert.equal(r.status, 2);
    assert.equal((r.json.error as { code: string }).code, 'dev_mode_refused');
  });

  test('groth16 reports a clear unavailable error naming what is missing', async (t) => {
    const avail = await prover.groth16Available();
    if (avail.available) return t.skip('this machine has a Groth16 backend');
    const e = await rejectsWith(prover.groth16({ receipt: join(dir, 'any'), imageId: '00'.repeat(32), out: join(dir, 'g') }), 'groth16_unavailable');
    assert.match(e.message, /risc0-groth16-prover/);
    assert.match(e.message, /proving key/);
  });
});
