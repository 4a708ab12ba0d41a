/** Every codec: round trip, oversize refused, garbage and truncation typed. The randomized storm is fuzz.test.ts. */
import assert from 'node:assert/strict';
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
  v1,
} from '../index.js';
import { encodeMessageUnchecked, H, SAMPLES } from './samples.js';

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
    expectProtocolError(() => encodeMessage('blobChunk', { sha256: H, offset: 0, data: bigChunk, chunkSha256: sha256Hex(bigChunk), totalSize: bigChunk.length, last: true }), ['invalid', 'oversize']);
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
    expectProtocolError(() => decodeMessage(encodeMessageUnchecked('blobChunk', { ...SAMPLES.blobChunk, offset: 5, totalSize: 3 })), ['invalid']);
  });

  test('job announcements round trip and are capped for gossipsub', () => {
    const a = decodeAnnouncement(encodeAnnouncement({ jobId: 'job1', po2: 18, tasks: 40, createdMs: 1 }));
    assert.equal(a.jobId, 'job1');
    expectProtocolError(() => decodeAnnouncement(new Uint8Array(MAX_ANNOUNCEMENT_BYTES + 1)), ['oversize']);
    expectProtocolError(() => decodeAnnouncement(new Uint8Array([0x0a, 0x05, 0x01])), ['malformed']);
    expectProtocolError(() => decodeAnnouncement(new Uint8Array([])), ['invalid']);
  });
});
