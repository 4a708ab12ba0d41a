/**
 * A small HTTP layer: routes by method and path pattern, bodies read with a byte limit (the
 * request is cut off past it, so an oversized upload costs us nothing), and every failure turned
 * into a JSON body with a stable code.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { ApiError, PayloadTooLargeError } from '../errors.js';
import type { Logger } from '../../common/index.js';

export interface Request {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  headers: IncomingMessage['headers'];
  raw: IncomingMessage;
  /** Reads the body, refusing it past `limit` bytes. */
  body(limit: number, what: string): Promise<Buffer>;
  json<T>(limit?: number): Promise<T>;
}

/** `headers`: extra response headers (the dashboard's content security policy, a redirect's location). */
export type Reply = ({ status: number; json: unknown } | { status: number; bytes: Uint8Array; type?: string } | { status: number; text: string; type?: string } | { status: 204 } | { status: 308 }) & {
  headers?: Record<string, string>;
};

export type Handler = (req: Request) => Promise<Reply>;

interface Route {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler;
}

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, path: string, handler: Handler): this {
    const keys: string[] = [];
    const source = path.replace(/:([a-zA-Z_]+)/g, (_, k: string) => {
      keys.push(k);
      return '([^/]+)';
    });
    const pattern = new RegExp(`^${source}/?$`);
    this.routes.push({ method, pattern, keys, handler });
    return this;
  }

  match(method: string, path: string): { handler: Handler; params: Record<string, string> } | 'method' | 'malformed' | undefined {
    let pathMatched = false;
    for (const r of this.routes) {
      const m = r.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (r.method !== method) continue;
      const params: Record<string, string> = {};
      try {
        r.keys.forEach((k, i) => {
          params[k] = decodeURIComponent(m[i + 1]!);
        });
      } catch {
        // A malformed escape names nothing we have.
        return 'malformed';
      }
      return { handler: r.handler, params };
    }
    return pathMatched ? 'method' : undefined;
  }
}

function readBody(raw: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const declared = Number(raw.headers['content-length'] ?? NaN);
  if (declared > limit) return Promise.reject(new PayloadTooLargeError(what, limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    raw.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        raw.removeAllListeners('data');
        reject(new PayloadTooLargeError(what, limit));
        raw.resume();
        return;
      }
      chunks.push(c);
    });
    raw.on('end', () => resolve(Buffer.concat(chunks)));
    // A client that hangs up mid-body is its failure, not ours: a 400, not a 500 logged as a route failure.
    raw.on('error', (e: NodeJS.ErrnoException) => reject(e.code === 'ECONNRESET' ? new ApiError(400, 'incomplete_body', `${what} ended early: the client closed the connection`) : e));
  });
}

function send(res: ServerResponse, r: Reply): void {
  if (res.headersSent) return;
  for (const [k, v] of Object.entries(r.headers ?? {})) res.setHeader(k, v);
  if ('json' in r) {
    res.writeHead(r.status, { 'content-type': 'application/json' }).end(JSON.stringify(r.json));
  } else if ('bytes' in r) {
    res.writeHead(r.status, { 'content-type': r.type ?? 'application/octet-stream', 'content-length': r.bytes.length }).end(r.bytes);
  } else if ('text' in r) {
    res.writeHead(r.status, { 'content-type': r.type ?? 'text/plain; charset=utf-8' }).end(r.text);
  } else {
    res.writeHead(r.status).end();
  }
}

const MAX_JSON = 64 * 1024;

export function serve(router: Router, log: Logger): Server {
  return createServer((raw, res) => {
    const started = performance.now();
    let url: URL;
    try {
      url = new URL(raw.url ?? '/', 'http://x');
    } catch {
      return send(res, { status: 400, json: { error: 'bad url', code: 'bad_request', message: 'bad url' } });
    }
    const m = router.match(raw.method ?? 'GET', url.pathname);
    if (m === undefined || m === 'method' || m === 'malformed') {
      const e =
        m === 'malformed'
          ? new ApiError(400, 'bad_request', 'the path has a malformed %-escape')
          : m
            ? new ApiError(405, 'method_not_allowed', `${raw.method} is not allowed on ${url.pathname}`)
            : new ApiError(404, 'no_route', `no route ${url.pathname}`);
      raw.resume();
      return send(res, { status: e.status, json: e.toJSON() });
    }
    const req: Request = {
      method: raw.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      params: m.params,
      headers: raw.headers,
      raw,
      body: (limit, what) => readBody(raw, limit, what),
      json: async <T>(limit = MAX_JSON) => {
        const b = await readBody(raw, limit, 'request body');
        try {
          return JSON.parse(b.toString('utf8')) as T;
        } catch {
          throw new ApiError(400, 'bad_json', 'the request body is not valid JSON');
        }
      },
    };
    m.handler(req)
      .then((r) => send(res, r))
      .catch((e: unknown) => {
        if (e instanceof ApiError) {
          // An unread body (refused before reading) must not stall the connection.
          if (e instanceof PayloadTooLargeError) res.setHeader('connection', 'close');
          for (const [k, v] of Object.entries(e.headers)) res.setHeader(k, v);
          raw.resume();
          return send(res, { status: e.status, json: e.toJSON() });
        }
        log.error('route failed', { path: url.pathname, error: (e as Error).stack });
        send(res, { status: 500, json: { error: 'internal error', code: 'internal', message: (e as Error).message } });
      })
      .finally(() => {
        if (performance.now() - started > 5000) log.info('slow request', { path: url.pathname, ms: Math.round(performance.now() - started) });
      });
  });
}
