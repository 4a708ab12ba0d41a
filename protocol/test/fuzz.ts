/**
 * A small seeded fuzzer shared by the protobuf and HTTP fuzz tests: a PRNG (so a failure replays
 * with WHOLESUM_FUZZ_SEED), byte-level mutators, protobuf-aware mutators that keep or break the
 * framing on purpose, and a generator of random values shaped like a template object.
 * No dependency: fast-check's shrinking buys little for decoders whose only contract is "typed error".
 */
import { appendFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Inputs per decoder or route: small for `npm test`, 100000 in the fault suite. */
export function fuzzCount(fallback: number): number {
  const n = Number(process.env.WHOLESUM_FUZZ_N ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`WHOLESUM_FUZZ_N must be a positive integer, got ${process.env.WHOLESUM_FUZZ_N}`);
  return n;
}

export function fuzzSeed(): number {
  const env = process.env.WHOLESUM_FUZZ_SEED;
  return env ? Number(env) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
}

/** mulberry32: fast, 32-bit state, good enough to drive mutations reproducibly. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  u32(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  float(): number {
    return this.u32() / 2 ** 32;
  }
  int(n: number): number {
    return n <= 1 ? 0 : Math.floor(this.float() * n);
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(a: readonly T[]): T {
    return a[this.int(a.length)]!;
  }
  /** Mostly small, sometimes up to `max`: log-uniform, so every order of magnitude gets its share. */
  size(max: number): number {
    return Math.min(max, Math.floor(Math.exp(this.float() * Math.log(max + 1))));
  }
  bytes(n: number): Uint8Array {
    const words = new Uint32Array(Math.ceil(n / 4));
    for (let i = 0; i < words.length; i++) words[i] = this.u32();
    return new Uint8Array(words.buffer, 0, n);
  }
}

// ---------------------------------------------------------------- bytes

const INTERESTING_BYTES = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x08, 0x0a, 0x12, 0x1a, 0x22];

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function varint(n: bigint | number): Uint8Array {
  if (typeof n === 'number' && n >= 0 && n < 2 ** 31) {
    // The common case without BigInt, which is ten times slower.
    const out: number[] = [];
    for (; n >= 0x80; n >>>= 7) out.push((n & 0x7f) | 0x80);
    out.push(n);
    return Uint8Array.from(out);
  }
  let v = BigInt.asUintN(64, BigInt(n));
  const out: number[] = [];
  do {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v ? b | 0x80 : b);
  } while (v);
  return Uint8Array.from(out);
}

/** Lengths that break length checks: off by a little, zero, 2^31±, 2^32, 2^63, and the 10-byte maximum. */
export function hostileLength(r: Rng, actual: number): bigint {
  const d = r.int(4) + 1;
  return r.pick([BigInt(actual + d), BigInt(Math.max(0, actual - d)), 0n, BigInt(r.u32()), 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n]);
}

export const BYTE_MUTATIONS = ['flip', 'set', 'insert', 'delete', 'truncate', 'splice', 'concat', 'duplicate', 'random', 'varint', 'huge_prefix'] as const;
export type ByteMutation = (typeof BYTE_MUTATIONS)[number];

/** One byte-level mutation of `seed` (never modified); `other` is a second input for splices. */
export function mutateBytes(r: Rng, seed: Uint8Array, other: Uint8Array = seed, how: ByteMutation = r.pick(BYTE_MUTATIONS)): Uint8Array {
  const b = Uint8Array.from(seed);
  const at = (extra = 0) => r.int(b.length + extra);
  switch (how) {
    case 'flip':
      if (b.length === 0) return r.bytes(1);
      for (let k = 1 + r.int(8); k > 0; k--) {
        const i = at();
        b[i] = b[i]! ^ (1 << r.int(8));
      }
      return b;
    case 'set':
      if (b.length === 0) return Uint8Array.of(r.pick(INTERESTING_BYTES));
      b[at()] = r.chance(0.5) ? r.pick(INTERESTING_BYTES) : r.u32();
      return b;
    case 'insert': {
      const i = at(1);
      return concat(b.subarray(0, i), r.bytes(1 + r.size(64)), b.subarray(i));
    }
    case 'delete': {
      const i = at();
      return concat(b.subarray(0, i), b.subarray(Math.min(b.length, i + 1 + r.size(32))));
    }
    case 'truncate':
      return b.subarray(0, at());
    case 'splice':
      return concat(b.subarray(0, at(1)), other.subarray(r.int(other.length + 1)));
    case 'concat':
      return r.chance(0.5) ? concat(b, other) : concat(other, b);
    case 'duplicate': {
      const i = at();
      const j = Math.min(b.length, i + 1 + r.size(64));
      const piece = b.subarray(i, j);
      return concat(b.subarray(0, j), ...Array.from({ length: 1 + r.size(64) }, () => piece), b.subarray(j));
    }
    case 'random':
      return r.bytes(r.size(512));
    case 'varint': {
      // Overwrite whatever sits at a random offset with a hostile varint: a length, a tag, a count.
      const i = at();
      return concat(b.subarray(0, i), varint(hostileLength(r, b.length - i)), b.subarray(Math.min(b.length, i + 1 + r.int(3))));
    }
    case 'huge_prefix':
      // A length-delimited field that claims far more bytes than follow.
      return concat(varint(((1 + r.int(20)) << 3) | 2), varint(hostileLength(r, b.length)), b);
  }
}

// ---------------------------------------------------------------- protobuf structure

/** A parsed field: scalars keep their raw payload; a length-delimited one may also parse as a message. */
export interface PbField {
  no: number;
  wire: number;
  raw: Uint8Array;
  kids?: PbField[];
}

/** A varint as a number (exact up to 2^53, which is all a length or tag here can use). */
function readVarint(b: Uint8Array, pos: number): [number, number] | undefined {
  let v = 0;
  for (let mul = 1, k = 0; k < 10; k++, mul *= 128) {
    if (pos >= b.length) return undefined;
    const c = b[pos++]!;
    v += (c & 0x7f) * mul;
    if (!(c & 0x80)) return [v, pos];
  }
  return undefined;
}

/** Parse `b` as a protobuf message, or undefined if it is not one (nested strings usually are not). */
export function parsePb(b: Uint8Array, depth = 0): PbField[] | undefined {
  const out: PbField[] = [];
  let pos = 0;
  while (pos < b.length) {
    const t = readVarint(b, pos);
    if (!t) return undefined;
    const [tag, p] = t;
    const no = Math.floor(tag / 8);
    const wire = tag % 8;
    if (no === 0 || no >= 2 ** 29) return undefined;
    let end: number;
    let start = p;
    if (wire === 0) {
      const v = readVarint(b, p);
      if (!v) return undefined;
      end = v[1];
    } else if (wire === 1) end = p + 8;
    else if (wire === 5) end = p + 4;
    else if (wire === 2) {
      const l = readVarint(b, p);
      if (!l) return undefined;
      start = l[1];
      end = start + l[0];
    } else return undefined;
    if (end > b.length) return undefined;
    const raw = b.subarray(start, end);
    const f: PbField = { no, wire, raw };
    if (wire === 2 && raw.length > 0 && depth < 8) f.kids = parsePb(raw, depth + 1);
    out.push(f);
    pos = end;
  }
  return out;
}

export function encodePb(fields: PbField[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const f of fields) {
    parts.push(varint(f.no * 8 + (f.wire & 7)));
    if (f.wire === 2) {
      const payload = f.kids ? encodePb(f.kids) : f.raw;
      parts.push(varint(payload.length), payload);
    } else parts.push(f.raw);
  }
  return concat(...parts);
}

/** Every field list in the tree (the top level and each nested message), to pick a place to mutate. */
function lists(fields: PbField[], out: PbField[][] = []): PbField[][] {
  out.push(fields);
  for (const f of fields) if (f.kids) lists(f.kids, out);
  return out;
}

const clone = (fields: PbField[]): PbField[] => fields.map((f) => ({ ...f, kids: f.kids && clone(f.kids) }));

const INTERESTING_VARINTS = [0n, 1n, 2n, 24n, 25n, 127n, 128n, 2n ** 31n - 1n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 53n - 1n, 2n ** 53n + 1n, 2n ** 63n, 2n ** 64n - 1n];
const INTERESTING_DOUBLES = [NaN, Infinity, -Infinity, -0, -1, 1e308, 5e-324, 2 ** 53, 1e8 + 1];

function scalar(r: Rng, wire: number): Uint8Array {
  if (wire === 0) return varint(r.chance(0.7) ? r.pick(INTERESTING_VARINTS) : BigInt(r.u32()));
  if (wire === 1) {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, r.chance(0.7) ? r.pick(INTERESTING_DOUBLES) : (r.float() - 0.5) * 2 ** r.int(80), true);
    return b;
  }
  if (wire === 5) return r.bytes(4);
  return randomText(r);
}

function randomText(r: Rng): Uint8Array {
  const n = r.size(5000);
  switch (r.int(4)) {
    case 0:
      return new TextEncoder().encode('0123456789abcdef'.repeat(Math.ceil(n / 16)).slice(0, r.chance(0.5) ? 64 : n));
    case 1:
      return new TextEncoder().encode('é☃\u0000\ud800'.repeat(1 + (n >> 2)));
    default:
      return r.bytes(n);
  }
}

export const PB_MUTATIONS = ['repeat', 'drop', 'swap', 'value', 'wire', 'renumber', 'graft', 'empty'] as const;

/**
 * A mutation of a well-framed message that stays well framed (lengths are recomputed): repeated
 * fields, dropped ones, out-of-range values, wrong wire types, other field numbers (another oneof
 * member, unknown fields), fields grafted from `donor`. Returns undefined when `seed` does not parse.
 */
export function mutatePb(r: Rng, seed: Uint8Array, donor: Uint8Array = seed, rounds = 1 + r.int(3)): Uint8Array | undefined {
  const parsed = parsePb(seed);
  if (!parsed) return undefined;
  const tree = clone(parsed);
  const donors = lists(parsePb(donor) ?? []).flat();
  for (let k = 0; k < rounds; k++) {
    const list = r.pick(lists(tree));
    const i = r.int(list.length);
    const f = list[i];
    switch (r.pick(PB_MUTATIONS)) {
      case 'repeat':
        // Up to thousands of copies, but a few MB at most: the frame caps, not our RAM, should refuse it.
        if (f) list.splice(i, 0, ...Array.from({ length: Math.min(r.chance(0.1) ? r.size(2000) : 1 + r.int(8), Math.ceil(4e6 / (f.raw.length + 4))) }, () => f));
        break;
      case 'drop':
        list.splice(i, 1);
        break;
      case 'swap':
        if (list.length > 1) [list[i], list[list.length - 1 - i]] = [list[list.length - 1 - i]!, list[i]!];
        break;
      case 'value':
        if (f) list[i] = { no: f.no, wire: f.wire, raw: scalar(r, f.wire) };
        break;
      case 'wire':
        if (f) list[i] = { ...f, wire: r.pick([0, 1, 2, 5, 3, 4, 6, 7].filter((w) => w !== f.wire)), kids: undefined };
        break;
      case 'renumber':
        if (f) list[i] = { ...f, no: r.chance(0.5) ? 1 + r.int(20) : 1 + r.int(2 ** 29 - 1) };
        break;
      case 'graft':
        if (donors.length) list.splice(r.int(list.length + 1), 0, clone([r.pick(donors)])[0]!); // a copy: grafting a field into its own subtree must not make a cycle
        break;
      case 'empty':
        if (f && f.wire === 2) list[i] = { no: f.no, wire: 2, raw: new Uint8Array(0) };
        break;
    }
  }
  return encodePb(tree);
}

// ---------------------------------------------------------------- values shaped like a template

const STRINGS = ['', ' ', '0', 'null', '-1', 'ab'.repeat(32), 'AB'.repeat(32), `0x${'ab'.repeat(32)}`, 'ab'.repeat(31), '../../etc/passwd', '%00', '\u0000', '😀', '\ud800'];
const NUMBERS = [0, -0, 1, -1, 0.5, 24, 25, 1000, 1024, 4097, 2 ** 31, 2 ** 32, 2 ** 53 - 1, 2 ** 53 + 2, 1e21, -1e21, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity];

/** A random value of the same shape as `t`: same keys (a few dropped or added), random leaves. */
export function shaped(r: Rng, t: unknown, depth = 0): unknown {
  if (typeof t === 'string') {
    if (r.chance(0.3)) return t;
    if (r.chance(0.5)) return r.pick(STRINGS);
    return r.chance(0.2) ? 'x'.repeat(r.size(70_000)) : String.fromCharCode(...Array.from({ length: r.size(40) }, () => 32 + r.int(95)));
  }
  if (typeof t === 'number') return r.chance(0.3) ? t : r.chance(0.6) ? r.pick(NUMBERS) : Math.floor((r.float() - 0.2) * 2 ** r.int(60));
  if (typeof t === 'boolean') return r.chance(0.5);
  if (t instanceof Uint8Array) return r.chance(0.3) ? t : r.bytes(r.size(4096));
  if (Array.isArray(t)) {
    if (t.length === 0 || depth > 6) return [];
    return Array.from({ length: r.chance(0.8) ? r.int(4) : r.size(1000) }, () => shaped(r, r.pick(t), depth + 1));
  }
  if (t && typeof t === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(t)) if (!r.chance(0.1)) out[k] = r.chance(0.5) ? v : shaped(r, v, depth + 1);
    return out;
  }
  return t;
}

// ---------------------------------------------------------------- memory and reporting

let gcFn: (() => void) | undefined;
/** A full GC, whether or not node was started with --expose-gc, so heap readings mean something. */
export function heapAfterGc(): number {
  if (!gcFn) {
    setFlagsFromString('--expose-gc');
    gcFn = runInNewContext('gc') as () => void;
  }
  gcFn();
  gcFn();
  return process.memoryUsage().heapUsed;
}

export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(title);
  for (const r of cells) console.log(line(r));
}

/**
 * Under `npm run test:faults` (WHOLESUM_FAULTS_OUT set), a fuzzer adds its line to the fault table,
 * in the same shape the fault scenarios use.
 */
export function faultRow(scenario: string, outcome: string, notes: string): void {
  const file = process.env.WHOLESUM_FAULTS_OUT;
  if (file) appendFileSync(file, `${JSON.stringify({ scenario, outcome, jobsLost: 0, duplicatedProofs: 0, recoverSeconds: null, notes })}\n`);
}
