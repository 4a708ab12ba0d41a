/**
 * Sends fuzz requests and judges the answers: through a keep-alive agent (fast), or as raw bytes
 * on a fresh socket. A verdict is what the test counts: the statuses seen, and what is wrong with
 * the exchange (a 5xx, an error without a JSON {code, message}, no answer at all).
 */
import { Agent, type ClientRequest, request } from 'node:http';
import { connect } from 'node:net';

import type { FuzzRequest } from './http-fuzz-gen.js';

export interface Verdict {
  /** Every status the server sent (several for pipelined raw requests, none if it only closed). */
  statuses: number[];
  /** Why this exchange breaks the contract, if it does. */
  problem?: string;
  /** The `code` of each JSON error answer, to see which checks the requests reached. */
  codes?: string[];
  /** The client could not send the request at all (a generator bug, not a server one). */
  unsendable?: boolean;
}

const REQUEST_TIMEOUT_MS = 60_000;
const MAX_READ = 4 << 20;

export function fuzzAgent(concurrency: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
}

export function send(agent: Agent, host: string, port: number, req: FuzzRequest): Promise<Verdict> {
  return req.raw ? sendRaw(host, port, req) : sendHttp(agent, host, port, req);
}

function sendHttp(agent: Agent, host: string, port: number, req: FuzzRequest): Promise<Verdict> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (v: Verdict) => {
      if (settled) return;
      settled = true;
      resolve(v);
    };
    const body = req.body && req.method !== 'HEAD' ? req.body : undefined;
    // Node frames a GET, DELETE or OPTIONS body only when told its length; unframed, it would
    // parse as the next request on the kept-alive socket.
    const headers = body ? { ...req.headers, 'content-length': String(body.length) } : req.headers;
    let r: ClientRequest;
    try {
      r = request({ agent, host, port, method: req.method, path: req.path, headers, timeout: REQUEST_TIMEOUT_MS });
    } catch (e) {
      return done({ statuses: [], unsendable: true, problem: `unsendable: ${(e as Error).message}` });
    }
    r.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size <= MAX_READ) chunks.push(c);
      });
      res.on('end', () => done(judge(req, res.statusCode ?? 0, String(res.headers['content-type'] ?? ''), Buffer.concat(chunks), res.headers.connection === 'close')));
      res.on('error', (e) => done({ statuses: [res.statusCode ?? 0], problem: `response cut off: ${e.message}` }));
    });
    // When a kept-alive socket fails, the request it carried before is the likely culprit.
    let previous = '';
    r.on('socket', (sock) => {
      const tagged = sock as typeof sock & { fuzzLast?: string };
      previous = tagged.fuzzLast ?? '(new socket)';
      tagged.fuzzLast = describe(req);
    });
    r.on('timeout', () => {
      r.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS} ms`));
    });
    r.on('error', (e: NodeJS.ErrnoException) => {
      // Refused and closed by the server while still being written (413, 431, a 400 from its parser).
      if (req.mayReset && (e.code === 'EPIPE' || e.code === 'ECONNRESET')) return done({ statuses: [] });
      done({ statuses: [], problem: `no response: ${e.code ?? ''} ${e.message}: ${describe(req)}; before it on this socket: ${previous}` });
    });
    r.end(body);
  });
}

export function describe(req: FuzzRequest): string {
  const headers = Object.entries(req.headers)
    .map(([k, v]) => `${k}: ${v.slice(0, 60)}`)
    .join('; ')
    .slice(0, 300);
  return `${req.method} ${req.path.slice(0, 200)} [${headers}] body ${req.body?.length ?? 0} bytes`;
}

/** The contract for one response. */
function judge(req: FuzzRequest, status: number, type: string, body: Buffer, closes: boolean): Verdict {
  const v: Verdict = { statuses: [status] };
  const what = () => `${describe(req)} → ${status} ${body.toString('utf8', 0, 300)}`;
  if (!(status >= 100 && status <= 599)) v.problem = `not an HTTP status: ${what()}`;
  else if (status >= 500) v.problem = `server error: ${what()}`;
  else if (req.method !== 'HEAD' && type.startsWith('application/json')) {
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      v.problem = `a JSON content type with a body that is not JSON: ${what()}`;
    }
    const j = json as { code?: unknown; message?: unknown } | undefined;
    if (!v.problem && status >= 400 && (typeof j?.code !== 'string' || typeof j?.message !== 'string')) v.problem = `an error without {code, message}: ${what()}`;
    if (status >= 400 && typeof j?.code === 'string') v.codes = [j.code];
  } else if (req.method !== 'HEAD' && status >= 400 && !(body.length === 0 && closes)) {
    // Only Node's own parser answers without JSON (400/413/431, empty, then it closes).
    v.problem = `an error that is not JSON: ${what()}`;
  }
  return v;
}

/** Raw bytes on a new socket: every response in what comes back is judged. */
function sendRaw(host: string, port: number, req: FuzzRequest): Promise<Verdict> {
  return new Promise((resolve) => {
    const sock = connect({ host, port });
    const chunks: Buffer[] = [];
    let size = 0;
    const want = req.rawExpectsResponse ? (req.rawResponses ?? 1) : 0;
    // Answers to HEAD carry headers that describe a body they do not have.
    const headOnly = Buffer.from(req.raw!.subarray(0, 5)).toString('latin1') === 'HEAD ';
    const timer = setTimeout(() => finish(true), 15_000);
    let finished = false;
    let quiet: NodeJS.Timeout | undefined;
    const finish = (timedOut = false) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      clearTimeout(quiet);
      sock.destroy();
      const responses = parseResponses(Buffer.concat(chunks), headOnly);
      const v: Verdict = { statuses: responses.map((r) => r.status) };
      const bad = responses.find((r) => r.status >= 500 || r.problem);
      if (bad) v.problem = `${bad.problem ?? 'server error'}: raw ${JSON.stringify(Buffer.from(req.raw!).toString('latin1').slice(0, 300))} → ${bad.text.slice(0, 300)}`;
      else if (want > 0 && responses.length === 0)
        v.problem = `no response to a complete raw request${timedOut ? ' in 15 s' : ''}: ${JSON.stringify(Buffer.from(req.raw!).toString('latin1').slice(0, 300))}`;
      resolve(v);
    };
    sock.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_READ) chunks.push(c);
      // Once the answers owed are whole, linger briefly for any that follow (pipelined, or to trailing junk).
      clearTimeout(quiet);
      if (want && parseResponses(Buffer.concat(chunks), headOnly).filter((r) => r.complete).length >= want) quiet = setTimeout(() => finish(), 20);
    });
    sock.on('close', () => finish());
    sock.on('error', () => finish());
    sock.on('connect', () => {
      sock.write(req.raw!);
      // A request that is not whole ends here: the server sees the early EOF. A whole one waits for its answer.
      if (!req.rawExpectsResponse) sock.end();
    });
  });
}

interface RawResponse {
  status: number;
  complete: boolean;
  text: string;
  problem?: string;
}

/** Responses in a byte stream, as far as they go (Content-Length or chunked framing). */
export function parseResponses(buf: Buffer, headOnly = false): RawResponse[] {
  const out: RawResponse[] = [];
  let at = 0;
  while (at < buf.length) {
    const headEnd = buf.indexOf('\r\n\r\n', at);
    const head = buf.toString('latin1', at, headEnd < 0 ? buf.length : headEnd);
    const m = /^HTTP\/1\.[01] (\d{3})(?: [^\r\n]*)?(?:\r\n|$)/.exec(head);
    if (!m) {
      out.push({ status: 0, complete: false, text: head, problem: 'not an HTTP response' });
      break;
    }
    const status = Number(m[1]);
    if (headEnd < 0) {
      out.push({ status, complete: false, text: head });
      break;
    }
    const bodyStart = headEnd + 4;
    const len = /\r\ncontent-length: *(\d+)/i.exec(head);
    const chunked = /\r\ntransfer-encoding: *chunked/i.test(head);
    let end = bodyStart;
    let body: Buffer | undefined;
    if (headOnly) body = Buffer.alloc(0);
    else if (len) {
      end = bodyStart + Number(len[1]);
      if (end <= buf.length) body = buf.subarray(bodyStart, end);
    } else if (chunked) {
      const d = dechunk(buf, bodyStart);
      if (d) ({ body, end } = d);
    } else if (status >= 200 && status !== 204 && status !== 304) {
      // No framing: the body runs to the close.
      end = buf.length;
      body = buf.subarray(bodyStart);
    } else body = Buffer.alloc(0);
    const complete = body !== undefined;
    const r: RawResponse = { status, complete, text: buf.toString('latin1', at, Math.min(end, buf.length)) };
    if (!headOnly && body && status >= 400 && /\r\ncontent-type: *application\/json/i.test(head)) {
      try {
        const j = JSON.parse(body.toString('utf8')) as { code?: unknown; message?: unknown };
        if (typeof j.code !== 'string' || typeof j.message !== 'string') r.problem = 'an error without {code, message}';
      } catch {
        r.problem = 'a JSON content type with a body that is not JSON';
      }
    }
    out.push(r);
    if (!complete) break;
    at = end;
  }
  return out;
}

/** A chunked body starting at `at`, or undefined while it is incomplete. */
function dechunk(buf: Buffer, at: number): { body: Buffer; end: number } | undefined {
  const parts: Buffer[] = [];
  for (;;) {
    const eol = buf.indexOf('\r\n', at);
    if (eol < 0) return undefined;
    const size = parseInt(buf.toString('latin1', at, eol), 16);
    if (!Number.isFinite(size)) return undefined;
    if (size === 0) {
      const end = buf.indexOf('\r\n', eol + 2);
      return end < 0 ? undefined : { body: Buffer.concat(parts), end: end + 2 };
    }
    if (eol + 2 + size + 2 > buf.length) return undefined;
    parts.push(buf.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}
