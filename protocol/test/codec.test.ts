/** Every codec: round trip, oversize refused, garbage and truncation typed, and a randomized storm. */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';

import {
  BODY_KINDS,
  CHUNK_BYTES,
  decodeAnnouncement,
  decodeMessage,
  encodeAnnouncement,
  encodeMessage,
  MAX_ANNOUNCEMENT_BYTES,
  MAX_CONTROL_BYTES,
  MAX_FRAME_BYTES,
  ProtocolError,
  sha256Hex,
  TaskKind,
  v1,
  type BodyKind,
  type BodyProps,
} from '../index.js';

const H = 'ab'.repeat(32);
const SAMPLES: { [K in BodyKind]: BodyProps[K] } = {
  workRequest: {
    capacity: {
      ramTotalBytes: 24 * 2 ** 30, ramAvailableBytes: 20 * 2 ** 30, memoryBudgetBytes: 8 * 2 ** 30, cores: 2, threads: 2,
      cpuModel: 'Intel Core 2 Duo', cpuFlags: ['sse2', 'avx2'], maxPo2: 18,
      speeds: [{ po2: 16, proveSeconds: 29.5, peakRssBytes: 610e6, measured: true }],
      proverVersion: 'wholesum-prover/0.1.0', freeSlots: 1, canAggregate: true, liftSeconds: 44,
    },
  },
  lease: {
    taskId: 'job1/prove/3', jobId: 'job1', kind: TaskKind.PROVE_LIFT, po2: 16,
    inputs: [{ sha256: H, size: 33761, role: 'segment' }], leaseDeadlineMs: Date.now() + 60_000, heartbeatIntervalMs: 5000, expectedClaim: H,
  },
  noWork: { retryAfterMs: 2000, reason: 'no tasks' },
  heartbeat: { taskId: 'job1/prove/3', stage: 'proving', elapsedSeconds: 12.5, rssBytes: 600e6 },
  leaseUpdate: { taskId: 'job1/prove/3', leaseDeadlineMs: Date.now() + 60_000, cancel: false },
  result: {
    taskId: 'job1/prove/3', jobId: 'job1', output: { sha256: H, size: 223_000, role: 'receipt' }, claimDigest: H,
    timings: { fetchSeconds: 0.1, proveSeconds: 29, liftSeconds: 44, totalSeconds: 74 }, peakRssBytes: 1.4e9,
  },
  ack: { taskId: 'job1/prove/3', accepted: true, reason: '' },
  blobRequest: { sha256: H },
  blobChunk: { sha256: H, offset: 0, data: new Uint8Array([1, 2, 3]), chunkSha256: sha256Hex(new Uint8Array([1, 2, 3])), totalSize: 3, last: true },
  fault: { code: 'timeout', message: 'too slow' },
};

function expectProtocolError(fn: () => unknown, codes: string[]): ProtocolError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ProtocolError, `expected ProtocolError, got ${(e as Error)?.name}: ${(e as Error)?.message}`);
    assert.ok(codes.includes(e.code), `expected ${codes.join('|')}, got ${e.code}: ${e.message}`);
    return e;
  }
  assert.fail('expected a ProtocolError');
}

describe('envelope codec', () => {
  for (const kind of BODY_KINDS) {
    test(`${kind}: round trip`, () => {
      const bytes = encodeMessage(kind, SAMPLES[kind] as never);
      const m = decodeMessage(bytes);
      assert.equal(m.kind, kind);
      const back = v1.Envelope.toObject(v1.Envelope.decode(bytes), { longs: Number, bytes: Array, defaults: false }) as Record<string, unknown>;
      const want = v1.Envelope.toObject(v1.Envelope.fromObject({ version: 1, [kind]: SAMPLES[kind] }), { longs: Number, bytes: Array, defaults: false });
      assert.deepEqual(back, want);
    });

    test(`${kind}: every truncation is refused or decodes to a valid message, never anything else`, () => {
      const bytes = encodeMessage(kind, SAMPLES[kind] as never);
      for (let cut = 0; cut < bytes.length; cut++) {
        try {
          decodeMessage(bytes.subarray(0, cut));
        } catch (e) {
          assert.ok(e instanceof ProtocolError, `cut ${cut}: ${(e as Error).name}`);
        }
      }
    });
  }

  test('an unexpected message kind is a typed error', () => {
    expectProtocolError(() => decodeMessage(encodeMessage('noWork', SAMPLES.noWork), ['lease']), ['unexpected_message']);
  });

  test('oversize frames are refused before decoding', () => {
    expectProtocolError(() => decodeMessage(new Uint8Array(MAX_FRAME_BYTES + 1)), ['oversize']);
    // A control message may not be as large as a blob chunk.
    const fat = encodeMessageUnchecked('fault', { code: 'x', message: 'y'.repeat(MAX_CONTROL_BYTES) });
    expectProtocolError(() => decodeMessage(fat), ['oversize']);
    const bigChunk = new Uint8Array(CHUNK_BYTES + 1);
    expectProtocolError(
      () => encodeMessage('blobChunk', { sha256: H, offset: 0, data: bigChunk, chunkSha256: sha256Hex(bigChunk), totalSize: bigChunk.length, last: true }),
      ['invalid', 'oversize'],
    );
  });

  test('garbage, wrong versions and nonsense values are typed errors', () => {
    expectProtocolError(() => decodeMessage(new Uint8Array([0x0a, 0xff, 0xff, 0xff])), ['malformed']);
    expectProtocolError(() => decodeMessage(new Uint8Array([])), ['version_mismatch', 'malformed']);
    expectProtocolError(() => decodeMessage(encodeMessageUnchecked('noWork', {}, 7)), ['version_mismatch']);
    expectProtocolError(() => decodeMessage(encodeMessageUnchecked('lease', { ...SAMPLES.lease, po2: 99 })), ['invalid']);
    expectProtocolError(() => decodeMessage(encodeMessageUnchecked('lease', { ...SAMPLES.lease, kind: 42 })), ['invalid']);
    expectProtocolError(() => decodeMessage(encodeMessageUnchecked('lease', { ...SAMPLES.lease, inputs: [] })), ['invalid']);
    expectProtocolError(() => decodeMessage(encodeMessageUnchecked('lease', { ...SAMPLES.lease, heartbeatIntervalMs: 1 })), ['invalid']);
    expectProtocolError(() => decodeMessage(encodeMessageUnchecked('blobRequest', { sha256: 'not-hex' })), ['invalid']);
    expectProtocolError(() => decodeMessage(encodeMessageUnchecked('result', { taskId: 't', jobId: 'j' })), ['invalid']);
    expectProtocolError(
      () => decodeMessage(encodeMessageUnchecked('blobChunk', { ...SAMPLES.blobChunk, offset: 5, totalSize: 3 })),
      ['invalid'],
    );
  });

  test('job announcements round trip and are capped for gossipsub', () => {
    const a = decodeAnnouncement(encodeAnnouncement({ jobId: 'job1', po2: 18, tasks: 40, createdMs: 1 }));
    assert.equal(a.jobId, 'job1');
    expectProtocolError(() => decodeAnnouncement(new Uint8Array(MAX_ANNOUNCEMENT_BYTES + 1)), ['oversize']);
    expectProtocolError(() => decodeAnnouncement(new Uint8Array([0x0a, 0x05, 0x01])), ['malformed']);
    expectProtocolError(() => decodeAnnouncement(new Uint8Array([])), ['invalid']);
  });

  test('10,000+ random and mutated frames: only valid messages or ProtocolErrors', () => {
    const seeds = BODY_KINDS.map((k) => encodeMessage(k, SAMPLES[k] as never));
    const counts = { frames: 0, decoded: 0, rejected: 0 };
    const started = process.memoryUsage().heapUsed;
    for (let i = 0; i < 12_000; i++) {
      const frame = i % 4 === 0 ? randomBytes(1 + (i % 300)) : mutate(seeds[i % seeds.length]!, i);
      counts.frames++;
      try {
        const m = decodeMessage(frame);
        assert.ok(BODY_KINDS.includes(m.kind));
        counts.decoded++;
      } catch (e) {
        if (!(e instanceof ProtocolError)) throw new Error(`frame ${i} (${Buffer.from(frame).toString('hex')}) threw ${(e as Error).name}: ${(e as Error).message}`);
        counts.rejected++;
      }
      try {
        decodeAnnouncement(frame.subarray(0, 200));
      } catch (e) {
        if (!(e instanceof ProtocolError)) throw e;
      }
    }
    const grewMb = (process.memoryUsage().heapUsed - started) / 2 ** 20;
    console.log(`# fuzz: ${counts.frames} frames, ${counts.decoded} decoded, ${counts.rejected} rejected, heap +${grewMb.toFixed(1)} MiB`);
    assert.ok(counts.rejected > 1000 && counts.decoded > 100);
    assert.ok(grewMb < 200, 'memory stays bounded');
  });
});

/** Encode without validation, to build hostile frames. */
function encodeMessageUnchecked(kind: BodyKind, body: object, version = 1): Uint8Array {
  return v1.Envelope.encode(v1.Envelope.fromObject({ version, [kind]: body })).finish();
}

function mutate(seed: Uint8Array, i: number): Uint8Array {
  const b = Buffer.from(seed);
  const r = randomBytes(8);
  switch (i % 5) {
    case 0:
      b[r[0]! % b.length] = r[1]!;
      return b;
    case 1:
      return b.subarray(0, r[0]! % b.length);
    case 2:
      return Buffer.concat([b, randomBytes(1 + (r[0]! % 16))]);
    case 3: {
      const at = r[0]! % b.length;
      return Buffer.concat([b.subarray(0, at), randomBytes(1 + (r[1]! % 8)), b.subarray(at)]);
    }
    default:
      for (let k = 0; k < 4; k++) {
        const j = r[k]! % b.length;
        b[j] = b[j]! ^ (1 << (r[k + 4]! % 8));
      }
      return b;
  }
}
