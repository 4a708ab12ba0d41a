/**
 * Hostile requests for every route the API registers: mutated methods, path parameters (real ids,
 * other owners' ids, traversal, broken %-escapes, huge strings), query strings, headers (keys,
 * content types, oversize declarations) and bodies (JSON mutated from valid ones, random bytes,
 * real and damaged guest ELFs). A share go out as raw bytes on a socket, to carry what an HTTP
 * client refuses to send (length mismatches, broken framing, smuggling attempts).
 */
import { randomUUID } from 'node:crypto';

import { mutateBytes, Rng, shaped } from '../../protocol/test/fuzz.js';
import { createApi, type ApiContext } from '../api/index.js';
import { Router } from '../api/http.js';
import type { Logger } from '../../common/index.js';

export interface RouteSpec {
  method: string;
  path: string;
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array;
  /** Sent as these bytes on a fresh socket instead of through the HTTP client. */
  raw?: Uint8Array;
  /** The raw bytes form complete requests, so the server owes at least one response. */
  rawExpectsResponse?: boolean;
  /** How many responses those bytes are owed (two for a pipelined pair). */
  rawResponses?: number;
  /**
   * The server may refuse this request and close before reading all of it (a body over the limit,
   * headers over 16 KiB, non-ASCII in the request line), so a reset is a fair answer.
   */
  mayReset?: boolean;
  /** Reaches the real prover (`wholesum-prover image-id`): rationed, it spawns a process. */
  prover?: boolean;
  /** Holds one of the rationed session creations until it is answered. */
  mayCreate?: boolean;
}

/** What exists on the coordinator under test, so mutations can hit real records, not only 404s. */
export interface Fixtures {
  key: string;
  otherKey: string;
  /** A guest uploaded by `key`, and its ELF. */
  imageId: string;
  elf: Uint8Array;
  /** A second uploaded guest that DELETE may remove without starving the other routes. */
  victimImageId: string;
  /** Uploaded inputs of `key`, one never uploaded, one of `otherKey`. */
  inputs: string[];
  /** An input of `key` never uploaded and kept out of the pools above, so no fuzzed PUT uploads it. */
  unuploaded: string;
  /** Sessions: prove and snark of `key`, prove of `otherKey`. */
  sessions: string[];
  maxImageBytes: number;
  maxInputBytes: number;
}

/** Every route the API registers, read off the real router so a new route cannot be missed. */
export function registeredRoutes(): RouteSpec[] {
  const routes: RouteSpec[] = [];
  const add = Router.prototype.add;
  Router.prototype.add = function (this: Router, method: string, path: string, handler) {
    routes.push({ method, path });
    return add.call(this, method, path, handler);
  };
  // Registration only stores closures; a context that answers anything is enough to run it.
  const anything: unknown = new Proxy(() => anything, { get: (_t, k) => (k === Symbol.toPrimitive ? () => '' : anything), apply: () => anything });
  try {
    createApi(anything as ApiContext, anything as Logger);
  } finally {
    Router.prototype.add = add;
  }
  return routes;
}

// ---------------------------------------------------------------- pieces

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];

const GARBAGE = [
  '',
  '.',
  '..',
  '...',
  '%2e%2e',
  '%2E%2E%2F',
  '..%2f..%2fetc%2fpasswd',
  '%',
  '%%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%00',
  '%ff',
  '%u0041',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '0',
  '-1',
  '1e309',
  'NaN',
  '[]',
  '{}',
  '\u00e9',
  '\u00ff\u00fe',
  "'; DROP TABLE sessions;--",
  '*',
  '?',
  '#',
];

function hex(r: Rng, n: number): string {
  return Array.from(r.bytes(Math.ceil(n / 2)), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, n);
}

function uuidLike(r: Rng): string {
  return r.pick([randomUUID(), randomUUID().toUpperCase(), randomUUID().replace(/-/g, ''), '-'.repeat(36), hex(r, 36), `${randomUUID()}x`]);
}

/** A string mutated at the byte level, kept to what can travel in a URL once %-encoded. */
function mutatedString(r: Rng, s: string): string {
  return Buffer.from(mutateBytes(r, Buffer.from(s, 'latin1'), Buffer.from(r.pick(GARBAGE), 'latin1'))).toString('latin1');
}

/** Values for a path parameter, by its name: real ids often, everything else the rest of the time. */
function paramValue(r: Rng, name: string, fx: Fixtures): string {
  const roll = r.float();
  if (roll < 0.45) {
    if (/image/i.test(name)) {
      const id = r.pick([fx.imageId, fx.imageId, fx.victimImageId, hex(r, 64)]);
      return r.pick([id, id, id.toUpperCase(), `0x${id}`, id.slice(1), `${id}0`]);
    }
    if (name === 'token') return r.pick([hex(r, 32), hex(r, 31), '']);
    return r.pick([...fx.sessions, ...fx.inputs, uuidLike(r)]);
  }
  if (roll < 0.65) return r.pick(GARBAGE);
  if (roll < 0.8) return mutatedString(r, r.pick([fx.imageId, ...fx.sessions, ...fx.inputs]));
  if (roll < 0.9) return 'a'.repeat(r.size(200_000));
  return Buffer.from(r.bytes(r.size(64))).toString('latin1');
}

/** %-encode what the HTTP client would refuse; leave the rest raw half the time (raw '%', '..', '?'). */
function onWire(r: Rng, v: string): string {
  const safe = /^[\x21-\xff]*$/.test(v);
  return safe && r.chance(0.5) ? v : encodeURIComponent(v.replace(/[\ud800-\udfff]/g, '?'));
}

function fillPath(r: Rng, pattern: string, fx: Fixtures): string {
  let path = pattern.replace(/:([a-zA-Z_]+)/g, (_, name: string) => onWire(r, paramValue(r, name, fx)));
  const roll = r.float();
  if (roll < 0.03) path += '/';
  else if (roll < 0.05) path = path.replace('/', '//');
  else if (roll < 0.07) path += `/${onWire(r, r.pick(GARBAGE))}`;
  else if (roll < 0.08) path = path.toUpperCase();
  else if (roll < 0.09) path = `/..${path}`;
  else if (roll < 0.1) path = `${path}/../${path.split('/')[1] ?? ''}`;
  if (r.chance(0.2)) path += `?${query(r)}`;
  return path;
}

function query(r: Rng): string {
  const parts = Array.from({ length: 1 + r.int(r.chance(0.1) ? 300 : 4) }, () => {
    const k = r.pick(['limit', 'offset', 'id', 'x', '__proto__', 'a[b]', '', r.pick(GARBAGE)]);
    const v = r.chance(0.2) ? 'v'.repeat(r.size(10_000)) : r.pick(GARBAGE);
    return `${onWire(r, k)}=${onWire(r, v)}`;
  });
  return parts.join(r.chance(0.9) ? '&' : ';');
}

function apiKey(r: Rng, fx: Fixtures): string | undefined {
  const roll = r.float();
  if (roll < 0.72) return fx.key;
  if (roll < 0.8) return fx.otherKey;
  if (roll < 0.86) return undefined;
  return r.pick(['', 'wrong', fx.key.toUpperCase(), `${fx.key} `, `${fx.key}x`, 'k'.repeat(257), 'k'.repeat(r.size(8000)), `${fx.key}, ${fx.key}`, '\u00e9\u00e9']);
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/octet-stream',
  'text/plain',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  '',
  '*/*',
  'application/json; charset=latin1',
];

// ---------------------------------------------------------------- bodies

/** Valid JSON bodies per POST route; shaped() and byte mutations start from these. */
function jsonSeed(route: RouteSpec, fx: Fixtures, allowCreate: boolean): unknown {
  // Past the session cap, the seed names an input that was never uploaded: still deep in the route, but it creates nothing.
  const input = allowCreate ? fx.inputs[0]! : fx.unuploaded;
  if (route.path === '/sessions/create') return { img: fx.imageId, input, assumptions: [], execute_only: false, exec_cycle_limit: null };
  if (route.path === '/snark/create') return { session_id: allowCreate ? fx.sessions[0]! : randomUUID() };
  return {};
}

const JSON_ODDITIES = ['', 'null', 'true', '1', '"s"', '[]', '{', '{"a":', '[[[[[[[[', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"x":1}}}', '\ufeff{}', '{"img":1e999}'];

function jsonBody(r: Rng, route: RouteSpec, fx: Fixtures, allowCreate: boolean): Uint8Array {
  const seed = jsonSeed(route, fx, allowCreate);
  const roll = r.float();
  if (roll < 0.15) return Buffer.from(JSON.stringify(seed));
  if (roll < 0.5) {
    const v = shaped(r, seed) as Record<string, unknown>;
    // shaped() keeps the keys; add foreign ones and wrong types now and then.
    if (r.chance(0.2)) v[r.pick(['extra', '__proto__', 'img', 'input', 'assumptions'])] = r.pick([null, [], {}, 1, 'x', [1, 2], true]);
    return Buffer.from(JSON.stringify(v) ?? 'null');
  }
  if (roll < 0.75) return mutateBytes(r, Buffer.from(JSON.stringify(seed)));
  if (roll < 0.85) return Buffer.from(r.pick(JSON_ODDITIES));
  if (roll < 0.9) return Buffer.from('['.repeat(r.size(70_000)) + ']'.repeat(r.size(70_000)));
  if (roll < 0.95) return Buffer.from(`{"img":"${'a'.repeat(r.size(200_000))}"}`);
  return r.bytes(r.size(4096));
}

/** Input uploads draw from a few fixed blobs: content-addressed storage keeps them, so the disk stays small. */
const BLOB_POOL = Array.from({ length: 32 }, (_, i) => new Rng(1000 + i).bytes(new Rng(i).size(8192)));

function bytesBody(r: Rng, limit: number): { body: Uint8Array; mayReset: boolean } {
  const roll = r.float();
  if (roll < 0.6) return { body: r.pick(BLOB_POOL), mayReset: false };
  if (roll < 0.7) return { body: new Uint8Array(0), mayReset: false };
  if (roll < 0.8) return { body: new Uint8Array(limit + 1 + r.int(1000)), mayReset: true };
  const body = r.bytes(r.size(limit * 2));
  return { body, mayReset: body.length > limit };
}

// ---------------------------------------------------------------- requests

export interface Gate {
  /** May this request create a session (bounded: no workers will ever finish them)? A yes holds a slot until answered. */
  mayCreate(): boolean;
  /** May this request run the prover (rationed)? */
  mayProve(): boolean;
}

export function generate(r: Rng, route: RouteSpec, fx: Fixtures, gate: Gate): FuzzRequest {
  const method = r.chance(0.9) ? route.method : r.pick(METHODS);
  const headers: Record<string, string> = {};
  const key = apiKey(r, fx);
  if (key !== undefined) headers['x-api-key'] = key;
  if (r.chance(0.7)) headers['content-type'] = r.pick(CONTENT_TYPES);
  if (r.chance(0.05)) for (let k = r.size(200); k > 0; k--) headers[`x-fuzz-${k}`] = onWire(r, r.pick(GARBAGE)) || 'x';
  if (r.chance(0.02)) headers.expect = '100-continue';
  // Case changes can leave Latin-1 (ÿ → Ÿ): what the client cannot send raw goes %-encoded.
  let path = fillPath(r, route.path, fx).replace(/[^\x21-\xff]/g, (ch) => encodeURIComponent(ch.replace(/[\ud800-\udfff]/g, '?')));
  let body: Uint8Array | undefined;
  let mayReset = false;
  let prover = false;
  let proverBound = false;
  let mayCreate = false;

  if (route.path === '/uploads/images/:imageId') {
    ({ path, body, mayReset, prover, proverBound } = imageUpload(r, route, fx, gate, headers, method, path));
  } else if (route.path.startsWith('/uploads/')) {
    ({ body, mayReset } = bytesBody(r, fx.maxInputBytes));
  } else if (route.method === 'POST') {
    mayCreate = gate.mayCreate();
    body = jsonBody(r, route, fx, mayCreate);
    mayReset = body.length > 64 * 1024;
  } else if (r.chance(0.05)) {
    body = r.bytes(r.size(2048));
  }
  // Node's parser answers 431 past 16 KiB of headers, and 400 to non-ASCII in the request line,
  // then closes, maybe before it has read what we are still writing.
  if (path.length + Object.entries(headers).reduce((a, [k, v]) => a + k.length + v.length + 4, 0) > MAX_HEADER_BYTES) mayReset = true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII; the test is for any byte outside it.
  if (/[^\x00-\x7f]/.test(path)) mayReset = true;
  const req: FuzzRequest = { method, path, headers, body, mayReset, prover, mayCreate };
  // Raw framing may shrink a body: never for an upload that would then reach the prover unrationed.
  if (!prover && !proverBound && r.chance(0.08)) return rawRequest(r, req);
  return req;
}

const HEX64 = /^(0x)?[0-9a-f]{64}$/i;
/** Node's default --max-http-header-size, less room for the request line and host. */
const MAX_HEADER_BYTES = 16_384 - 200;

/**
 * The prover-bound route: most requests are refused before the prover runs (bad key, bad id,
 * declared oversize); a rationed share carry a real, damaged or random guest to the prover.
 */
function imageUpload(r: Rng, route: RouteSpec, fx: Fixtures, gate: Gate, headers: Record<string, string>, method: string, path: string) {
  const idOf = (p: string) => decodeURIComponentSafe(p.split('?')[0]!.split('/')[3] ?? '');
  const wouldProve =
    method === 'PUT' &&
    /^[\x21-\x7e]*$/.test(path) &&
    [fx.key, fx.otherKey].includes(headers['x-api-key'] ?? '') &&
    HEX64.test(idOf(path)) &&
    /^\/uploads\/images\/[^/]+\/?$/.test(path.split('?')[0]!);
  if (wouldProve && gate.mayProve()) {
    const body = r.pick([fx.elf, fx.elf, mutateBytes(r, fx.elf, fx.elf, r.pick(['flip', 'set', 'truncate', 'insert', 'delete'])), r.bytes(r.size(4096)), Buffer.from('\x7fELF'.padEnd(4096, '\0'))]);
    return { path, body, mayReset: false, prover: true, proverBound: true };
  }
  // Refused before the prover: pick how. An oversize declaration is refused before a byte is read.
  const why = r.int(4);
  if (wouldProve && why === 0) headers['x-api-key'] = 'wrong';
  else if (wouldProve && why === 1) path = route.path.replace(':imageId', onWire(r, r.pick(GARBAGE)));
  else if (wouldProve) return { path, body: new Uint8Array(fx.maxImageBytes + 1), mayReset: true, prover: false, proverBound: true };
  return { path, body: r.chance(0.5) ? r.bytes(r.size(4096)) : undefined, mayReset: false, prover: false, proverBound: false };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------- raw bytes on a socket

/** What the HTTP client will not send: framing lies, smuggling, broken syntax, early EOF. */
function rawRequest(r: Rng, req: FuzzRequest): FuzzRequest {
  const body = req.body && req.body.length <= 65_536 ? req.body : new Uint8Array(r.int(64));
  const head = (lines: string[]) => Buffer.from(`${req.method} ${req.path} HTTP/1.1\r\nhost: fuzz\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n`, 'latin1');
  const hdrs = Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`);
  const cl = (n: number | string) => [...hdrs, `content-length: ${n}`];
  let raw: Uint8Array;
  let complete = true;
  let responses = 1;
  switch (r.int(12)) {
    case 0: // promises more than it sends, then closes its side
      raw = Buffer.concat([head(cl(body.length + 1 + r.int(1000))), body]);
      complete = false;
      break;
    case 1: // sends more than it promises: the rest parses as a (broken) next request
      raw = Buffer.concat([head(cl(Math.max(0, body.length - 1 - r.int(8)))), body]);
      break;
    case 2: // content-length and chunked together: a smuggling attempt
      raw = Buffer.concat([head([...cl(body.length), 'transfer-encoding: chunked']), Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
      break;
    case 3: // chunked with lying or garbage chunk sizes
      raw = Buffer.concat([
        head([...hdrs, 'transfer-encoding: chunked']),
        Buffer.from(`${r.pick(['fffffffffffffff', 'zz', '-1', (body.length + 5).toString(16), ''])}\r\n`),
        body,
        Buffer.from('\r\n0\r\n\r\n'),
      ]);
      complete = false;
      break;
    case 4: // two different lengths, or nonsense ones
      raw = Buffer.concat([head([...cl(body.length), `content-length: ${r.pick([body.length + 1, '-1', 'abc', '1e3', '99999999999999999999'])}`]), body]);
      break;
    case 5: // header syntax: no colon, NUL, obs-fold, bare LF
      raw = Buffer.concat([head([...cl(body.length), r.pick(['no colon here', 'x-a: \0', ' folded: value', 'x-b:\tok', 'bad header: x'])]), body]);
      if (r.chance(0.3)) raw = Buffer.from(Buffer.from(raw).toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
      break;
    case 6: // odd versions and request lines
      raw = Buffer.concat([
        Buffer.from(`${req.method} ${req.path} ${r.pick(['HTTP/1.0', 'HTTP/2.0', 'HTTP/9.9', 'HTTX/1.1', ''])}\r\nhost: fuzz\r\ncontent-length: ${body.length}\r\n\r\n`, 'latin1'),
        body,
      ]);
      break;
    case 7: // two requests pipelined
      raw = Buffer.concat([head(cl(body.length)), body, head(cl(0))]);
      responses = 2;
      break;
    case 8: // headers cut off mid-way
      raw = head(cl(body.length)).subarray(0, 1 + r.int(60));
      complete = false;
      break;
    case 9: // an enormous header block
      raw = Buffer.concat([head([...cl(body.length), `x-big: ${'b'.repeat(r.size(100_000))}`]), body]);
      break;
    default: // byte-level damage to a well-formed request
      raw = mutateBytes(r, Buffer.concat([head(cl(body.length)), body]));
      complete = false;
  }
  const headEnd = Buffer.from(raw).indexOf('\r\n\r\n');
  if (headEnd < 0 || headEnd > MAX_HEADER_BYTES) complete = false;
  return { ...req, raw, rawExpectsResponse: complete, rawResponses: responses };
}
