/**
 * Every decoder in protocol/ fed WHOLESUM_FUZZ_N random and mutated inputs (default 10,000; the
 * fault suite runs 100,000): the envelope decoder once per message kind, the announcement decoder,
 * each generated per-type decoder, framed reads on a Channel and blob reassembly. The contract: a
 * valid message or a ProtocolError (the generated decoders: a message or an Error), nothing else,
 * no hang, and a heap that does not grow with the number of inputs.
 */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';

import { streamPair } from '@libp2p/utils';

import {
  BODY_KINDS,
  Channel,
  decodeAnnouncement,
  decodeMessage,
  encodeAnnouncement,
  encodeMessage,
  MAX_CONTROL_BYTES,
  MAX_FRAME_BYTES,
  ProtocolError,
  receiveBlob,
  sha256Hex,
  v1,
  type BodyKind,
} from '../index.js';
import { concat, faultRow, fuzzCount, fuzzSeed, heapAfterGc, mutateBytes, mutatePb, printTable, Rng, shaped, varint } from './fuzz.js';
import { memoryStream } from './fake-stream.js';
import { ANNOUNCEMENT, encodeMessageUnchecked, SAMPLES } from './samples.js';

const N = fuzzCount(10_000);
const SEED = fuzzSeed();
/** The heap may hold caches and JIT state after a run, but nothing proportional to N. */
const HEAP_BOUND_MB = 64;

interface Row {
  decoder: string;
  inputs: number;
  accepted: number;
  refused: number;
  codes: Map<string, number>;
  ms: number;
  heapMb: number;
}
const rows: Row[] = [];

after(() => {
  printTable(
    `protobuf fuzz: ${N} inputs per decoder, seed ${SEED} (replay with WHOLESUM_FUZZ_SEED=${SEED})`,
    ['decoder', 'inputs', 'accepted', 'refused', 'ms', 'heap MiB', 'refusals'],
    rows.map((r) => [
      r.decoder,
      r.inputs,
      r.accepted,
      r.refused,
      Math.round(r.ms),
      r.heapMb.toFixed(1),
      [...r.codes]
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => `${c}:${n}`)
        .join(' '),
    ]),
  );
  const total = rows.reduce((a, r) => a + r.inputs, 0);
  console.log(`protobuf fuzz total: ${total} inputs over ${rows.length} decoders`);
  faultRow(
    `fuzz: ${rows.length} protobuf decoders × ${N.toLocaleString('en')} inputs`,
    `${total.toLocaleString('en')} inputs: only valid messages or typed ProtocolErrors, no crash`,
    `heap growth ≤ ${Math.max(...rows.map((r) => r.heapMb)).toFixed(1)} MiB per decoder; seed ${SEED}`,
  );
});

/** Per-decoder stream, so one decoder's failure replays without running the others. */
function rngFor(name: string): Rng {
  let h = SEED;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 0x9e3779b1) >>> 0;
  return new Rng(h);
}

const hex = (b: Uint8Array) => Buffer.from(b.subarray(0, 512)).toString('hex') + (b.length > 512 ? `… (${b.length} bytes)` : '');

/**
 * Runs `one` on N inputs from `next`, counting outcomes; anything but `refusal(e)` escaping is a bug.
 * Each input also gets its own Rng for the choices made while decoding it.
 */
async function fuzz(
  decoder: string,
  next: (r: Rng) => Uint8Array,
  one: (input: Uint8Array, r: Rng, i: number) => unknown,
  refusal: (e: unknown) => string | undefined = (e) => (e instanceof ProtocolError ? e.code : undefined),
): Promise<Row> {
  const r = rngFor(decoder);
  const base = r.u32();
  const row: Row = { decoder, inputs: 0, accepted: 0, refused: 0, codes: new Map(), ms: 0, heapMb: 0 };
  const heap0 = heapAfterGc();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const input = next(r);
    row.inputs++;
    try {
      await one(input, new Rng((base + Math.imul(i, 0x9e3779b1)) >>> 0), i);
      row.accepted++;
    } catch (e) {
      const code = refusal(e);
      if (code === undefined) {
        throw new Error(`${decoder}: input ${i} (seed ${SEED}) threw ${(e as Error)?.name}: ${(e as Error)?.message}\n  input: ${hex(input)}`, { cause: e });
      }
      row.refused++;
      row.codes.set(code, (row.codes.get(code) ?? 0) + 1);
    }
  }
  row.ms = performance.now() - t0;
  row.heapMb = (heapAfterGc() - heap0) / 2 ** 20;
  rows.push(row);
  assert.ok(row.heapMb < HEAP_BOUND_MB, `${decoder}: heap grew ${row.heapMb.toFixed(1)} MiB over ${N} inputs`);
  return row;
}

// ---------------------------------------------------------------- inputs

const seedFrames = BODY_KINDS.map((k) => encodeMessage(k, SAMPLES[k] as never));
const anySeed = (r: Rng) => r.pick(seedFrames);

/** Sizes at and around every cap, where off-by-one refusals live. */
function capSized(r: Rng, seed: Uint8Array): Uint8Array {
  const n = r.pick([MAX_CONTROL_BYTES, MAX_CONTROL_BYTES + 1, MAX_FRAME_BYTES, MAX_FRAME_BYTES + 1, 4096, 4097]) + r.int(3) - 1;
  // Zero-filled past the seed: the content matters less than the size, and random megabytes are slow.
  const out = new Uint8Array(n);
  out.set(seed.subarray(0, n));
  return out;
}

/**
 * Hostile inputs around `seeds`: random bytes, byte-level and structure-aware mutations (stacked),
 * and structurally valid encodings of random values (`generate`, when the decoder has one).
 */
function hostile(r: Rng, seeds: Uint8Array[], generate?: (r: Rng) => Uint8Array | undefined): Uint8Array {
  const seed = r.pick(seeds);
  const roll = r.float();
  if (roll < 0.08) return r.bytes(r.size(2048));
  if (roll < 0.1) return capSized(r, seed);
  let out: Uint8Array | undefined;
  if (roll < 0.4 && generate) out = generate(r);
  else if (roll < 0.7) out = mutatePb(r, seed, r.chance(0.5) ? seed : anySeed(r));
  out ??= seed;
  // Stack byte-level damage on some structural mutations, and always when nothing else changed.
  for (let k = out === seed || r.chance(0.3) ? 1 + r.int(3) : 0; k > 0; k--) out = mutateBytes(r, out, anySeed(r));
  return out;
}

function generatedBody(kind: BodyKind) {
  return (r: Rng): Uint8Array | undefined => {
    try {
      return encodeMessageUnchecked(kind, shaped(r, SAMPLES[kind]) as object, r.chance(0.95) ? 1 : r.pick([0, 2, 2 ** 32 - 1]));
    } catch {
      return undefined; // a value protobufjs itself cannot encode: not a frame a peer could send
    }
  };
}

// ---------------------------------------------------------------- decoders

describe(`protobuf fuzz (${N} inputs per decoder)`, () => {
  for (const kind of BODY_KINDS) {
    test(`decodeMessage: ${kind}`, async () => {
      const seeds = [encodeMessage(kind, SAMPLES[kind] as never)];
      await fuzz(
        `decodeMessage:${kind}`,
        (r) => hostile(r, seeds, generatedBody(kind)),
        (input, r) => {
          // Half the time as a Channel calls it, expecting certain kinds.
          const expect = r.chance(0.5) ? undefined : r.chance(0.5) ? [kind] : BODY_KINDS.filter(() => r.chance(0.3));
          const m = decodeMessage(input, expect);
          assert.ok(BODY_KINDS.includes(m.kind) && (!expect || expect.includes(m.kind)));
          // What we accept we could have sent: validation is the same in both directions.
          assert.doesNotThrow(() => encodeMessage(m.kind, m.body as never), `accepted ${m.kind} does not re-encode: ${hex(input)}`);
        },
      );
    });
  }

  test('decodeAnnouncement', async () => {
    const seeds = [encodeAnnouncement(ANNOUNCEMENT)];
    const generate = (r: Rng) => {
      try {
        return v1.JobAnnouncement.encode(v1.JobAnnouncement.fromObject(shaped(r, ANNOUNCEMENT) as object)).finish();
      } catch {
        return undefined;
      }
    };
    await fuzz(
      'decodeAnnouncement',
      (r) => hostile(r, seeds, generate),
      (input) => {
        const a = decodeAnnouncement(input);
        assert.ok(a.jobId.length > 0);
        assert.doesNotThrow(() => encodeAnnouncement(a), `accepted announcement does not re-encode: ${hex(input)}`);
      },
    );
  });

  // The generated decoders sit under the envelope; their own contract is protobufjs's: a message or an Error.
  for (const [name, seeds] of generatedSeeds()) {
    test(`generated v1.${name}.decode`, async () => {
      const type = (v1 as unknown as Record<string, { decode(b: Uint8Array): unknown }>)[name]!;
      await fuzz(
        `v1.${name}.decode`,
        (r) => hostile(r, seeds),
        (input) => type.decode(input),
        (e) => (e instanceof Error ? e.name : undefined),
      );
    });
  }

  test('Channel.receive: length-prefixed frames on a stream', async () => {
    await fuzz('Channel.receive', framedStream, (input, _r, i) => onStreams(input, i, readFrames), noTimeouts);
  });

  test('receiveBlob: chunk sequences', async () => {
    await fuzz('receiveBlob', blobStream, (input, _r, i) => onStreams(input, i, readBlob), noTimeouts);
  });
});

/** A stalled read means a peer could hang us: the writer always closes, so a timeout is a bug. */
function noTimeouts(e: unknown): string | undefined {
  return e instanceof ProtocolError && e.code !== 'timeout' ? e.code : undefined;
}

/** How an input is read back: the pieces the peer writes, and what each read expects. */
interface StreamPlan {
  cuts: number[];
  expects: BodyKind[][];
  ref?: { sha256: string; size: number };
  maxBytes?: number;
}
/** Keyed by input (a WeakMap: nothing accumulates over the run). */
const plans = new WeakMap<Uint8Array, StreamPlan>();

function plan(r: Rng, bytes: Uint8Array, extra: Partial<StreamPlan> = {}): Uint8Array {
  plans.set(bytes, {
    cuts: Array.from({ length: 16 }, () => 1 + r.size(9000)),
    expects: Array.from({ length: 8 }, () => (r.chance(0.7) ? [...BODY_KINDS] : [r.pick(BODY_KINDS)])),
    ...extra,
  });
  return bytes;
}

/** Every REAL_EVERY-th input also goes through a real libp2p stream pair, which must agree. */
const REAL_EVERY = 50;

type Reader = (ch: Channel, p: StreamPlan) => Promise<void>;

async function onStreams(input: Uint8Array, i: number, read: Reader): Promise<void> {
  const p = plans.get(input)!;
  let k = 0;
  const mem = memoryStream(input, () => p.cuts[k++ % p.cuts.length]!);
  const fake = await outcome(read, new Channel(mem.stream, 5_000), p, mem.start);
  if (i % REAL_EVERY === 0) {
    const [out, inn] = await streamPair();
    const real = await outcome(read, new Channel(inn, 5_000), p, () => writeAndClose(out, input, p.cuts));
    assert.equal(fake.code, real.code, `the in-memory stream and a real one disagree on input ${i}: ${hex(input)}`);
  }
  if (fake.error) throw fake.error;
}

async function outcome(read: Reader, ch: Channel, p: StreamPlan, start: () => unknown): Promise<{ code: string; error?: unknown }> {
  try {
    await start();
    await read(ch, p);
    return { code: 'accepted' };
  } catch (e) {
    return { code: e instanceof ProtocolError ? e.code : `${(e as Error)?.name}`, error: e };
  } finally {
    ch.abort(new Error('done'));
  }
}

/** Reads frames until refused or the stream ends: accepted when frames decoded and only the end stopped it. */
const readFrames: Reader = async (ch, p) => {
  let decoded = 0;
  try {
    for (;;) {
      const m = await ch.receive(p.expects[decoded % p.expects.length]!);
      assert.ok(BODY_KINDS.includes(m.kind));
      decoded++;
    }
  } catch (e) {
    if (!(decoded > 0 && e instanceof ProtocolError && e.code === 'closed')) throw e;
  }
};

const readBlob: Reader = async (ch, p) => {
  const data = await receiveBlob(ch, p.ref!, p.maxBytes);
  assert.equal(sha256Hex(data), p.ref!.sha256);
};

async function writeAndClose(s: Awaited<ReturnType<typeof streamPair>>[0], bytes: Uint8Array, cuts: number[]): Promise<void> {
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const end = at + cuts[k % cuts.length]!;
    if (!s.send(bytes.subarray(at, end))) await s.onDrain();
    at = end;
  }
  await s.close();
}

const lp = (frame: Uint8Array) => concat(varint(frame.length), frame);

/** One to three frames with honest or hostile length prefixes, then damage to the whole byte stream. */
function framedStream(r: Rng): Uint8Array {
  const frames = Array.from({ length: 1 + r.int(3) }, () => (r.chance(0.3) ? anySeed(r) : hostile(r, seedFrames)));
  let bytes = concat(...frames.map((f) => (r.chance(0.85) ? lp(f) : concat(varint(r.pick([f.length + 1, f.length - 1, MAX_FRAME_BYTES + 1, 2 ** 31, 2 ** 53])), f))));
  if (r.chance(0.3)) bytes = mutateBytes(r, bytes, anySeed(r));
  return plan(r, bytes);
}

/** A blob split into chunk frames; then chunks reordered, dropped, repeated, forged or mangled. */
function blobStream(r: Rng): Uint8Array {
  const blob = r.bytes(r.size(20_000));
  const sha256 = sha256Hex(blob);
  const chunks: { sha256: string; offset: number; data: Uint8Array; chunkSha256: string; totalSize: number; last: boolean }[] = [];
  for (let at = 0; at < blob.length || chunks.length === 0; ) {
    const data = blob.subarray(at, at + 1 + r.size(blob.length));
    chunks.push({ sha256, offset: at, data, chunkSha256: sha256Hex(data), totalSize: blob.length, last: false });
    at += data.length;
  }
  chunks[chunks.length - 1]!.last = true;
  const damage = r.int(10);
  const c = r.pick(chunks);
  if (damage === 0) chunks.reverse();
  else if (damage === 1) chunks.splice(r.int(chunks.length), 1);
  else if (damage === 2) chunks.splice(r.int(chunks.length), 0, c);
  else if (damage === 3) c.offset = r.pick([c.offset + 1, 0, blob.length, 2 ** 31]);
  else if (damage === 4) c.data = mutateBytes(r, c.data, c.data, 'flip');
  else if (damage === 5) c.totalSize = r.pick([blob.length + 1, Math.max(0, blob.length - 1), 0]);
  else if (damage === 6) c.last = !c.last;
  else if (damage === 7) Object.assign(c, { data: new Uint8Array(0), chunkSha256: sha256Hex(new Uint8Array(0)) });
  let frames = chunks.map((x) => {
    try {
      return encodeMessageUnchecked('blobChunk', x);
    } catch {
      return r.bytes(16);
    }
  });
  if (damage === 8) frames = frames.map((f) => (r.chance(0.3) ? hostile(r, [f]) : f));
  let bytes = concat(...frames.map(lp));
  if (damage === 9) bytes = mutateBytes(r, bytes, anySeed(r));
  // Usually the honest ref; sometimes one the stream does not match, or a cap below the size.
  const ref = { sha256: r.chance(0.95) ? sha256 : 'cd'.repeat(32), size: r.chance(0.9) ? blob.length : r.int(1 << 17) };
  return plan(r, bytes, { ref, maxBytes: r.chance(0.95) ? 1 << 16 : r.int(ref.size + 1) });
}

/** Encoded instances of every generated message type, found by walking the decoded samples. */
function generatedSeeds(): Map<string, Uint8Array[]> {
  const byType = new Map<string, Uint8Array[]>();
  const types = Object.entries(v1).filter(([, t]) => typeof (t as { decode?: unknown }).decode === 'function') as [string, { encode(m: unknown): { finish(): Uint8Array } }][];
  for (const [name] of types) byType.set(name, []);
  const walk = (value: unknown) => {
    if (!value || typeof value !== 'object' || value instanceof Uint8Array) return;
    const hit = types.find(([, t]) => value.constructor === (t as unknown));
    if (hit) byType.get(hit[0])!.push(hit[1].encode(value).finish());
    for (const v of Object.values(value)) walk(v);
  };
  const withError = encodeMessageUnchecked('result', { taskId: 't', jobId: 'j', error: { code: 'bad_input', message: 'no', retryable: false } });
  for (const f of [...seedFrames, withError]) walk(v1.Envelope.decode(f));
  walk(v1.JobAnnouncement.decode(encodeAnnouncement(ANNOUNCEMENT)));
  for (const [name, seeds] of byType) if (seeds.length === 0) throw new Error(`no sample holds a v1.${name}: add one to samples.ts`);
  return byType;
}
