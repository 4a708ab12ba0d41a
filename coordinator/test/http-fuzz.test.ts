/**
 * Every HTTP route of a real `wholesum-coordinator` process fed WHOLESUM_FUZZ_N random and mutated
 * requests (default 2,000 per route; the fault suite runs 100,000): methods, path parameters,
 * query strings, headers, bodies and raw framing. Checked: the process never exits, every answer is
 * a well-formed HTTP response below 500, JSON errors carry {code, message}, the coordinator's RSS
 * stays bounded and /health answers at the end. No workers: the few sessions created only wait.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { guestElf } from '../../native-prover/client/paths.js';
import * as prover from '../../native-prover/client/prover.js';
import { requireBuilt, tempDir } from '../../native-prover/test/helpers.js';
import { faultRow, fuzzCount, fuzzSeed, printTable, Rng } from '../../protocol/test/fuzz.js';
import { ApiClient } from '../api/client.js';
import { freePort, killAll, startCoordinator, type CoordinatorProc } from './cluster.js';
import { generate, registeredRoutes, type Fixtures, type Gate, type RouteSpec } from './http-fuzz-gen.js';
import { describe as describeRequest, fuzzAgent, send, type Verdict } from './http-fuzz-send.js';

const N = fuzzCount(2000);
const SEED = fuzzSeed();
const CONCURRENCY = 32;
/** Sessions each creating route may make: each waits for workers forever, so keep them few. */
const SESSION_CAP = 20;
/** Image uploads that reach the prover: one process each, two at a time. */
const PROVER_BUDGET = Math.max(20, Math.floor(N / 50));
const PROVER_PARALLEL = 2;
const RSS_GROWTH_MB = 300;
const KEY = 'fuzz-key-a';
const OTHER_KEY = 'fuzz-key-b';

const root = tempDir('http-fuzz');
let c: CoordinatorProc;
let host: string;
let port: number;
let fx: Fixtures;
let rssStartMb = 0;
let rssPeakMb = 0;
let rssTimer: NodeJS.Timeout | undefined;
const agent = fuzzAgent(CONCURRENCY);

interface Row {
  route: string;
  requests: number;
  raw: number;
  prover: number;
  s2xx: number;
  s4xx: number;
  s5xx: number;
  other: number;
  seconds: number;
  /** The coordinator's RSS change over this route, MB. */
  rssMb: number;
  codes: Map<string, number>;
  problems: string[];
  /** Requests that took seconds: not failures, but where throughput goes. */
  slow: string[];
}
const rows: Row[] = [];
let created = 0;
let proverSent = 0;

function rssMb(): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${c.proc.pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

before(async () => {
  requireBuilt();
  const maxImageBytes = 512 << 10;
  const maxInputBytes = 64 << 10;
  c = await startCoordinator(join(root, 'coordinator'), [
    '--api-keys',
    `${KEY},${OTHER_KEY}`,
    '--listen',
    `/ip4/127.0.0.1/tcp/${await freePort()}`,
    '--max-image-bytes',
    String(maxImageBytes),
    '--max-input-bytes',
    String(maxInputBytes),
    // Sessions wait for workers (there are none) instead of planning and executing.
    '--pool-wait-ms',
    '86400000',
    '--max-concurrent-jobs',
    '1',
    // The limiter runs on every keyed request but never refuses: a wall of 429s would hide the routes behind it.
    '--rate-limit',
    '1000000',
    '--rate-burst',
    '1000000',
    '--log',
    'json',
  ]);
  const u = new URL(c.url);
  host = u.hostname;
  port = Number(u.port);
  const a = new ApiClient(c.url, KEY);
  const b = new ApiClient(c.url, OTHER_KEY);
  const elf = readFileSync(guestElf('sha-chain'));
  const imageId = (await prover.imageId(guestElf('sha-chain'))).image_id;
  const victimImageId = (await prover.imageId(guestElf('panic'))).image_id;
  await a.uploadImage(imageId, elf);
  await a.uploadImage(victimImageId, readFileSync(guestElf('panic')));
  const inputA = await a.uploadInput(new Uint8Array(64));
  const newInput = async () => ((await (await a.raw('GET', '/inputs/upload')).json()) as { uuid: string }).uuid;
  const never = await newInput();
  const unuploaded = await newInput();
  const inputB = await b.uploadInput(new Uint8Array(32));
  const sessionA = await a.createSession(imageId, inputA);
  const snarkA = await a.createSnark(sessionA);
  const sessionB = await b.createSession(imageId, inputB);
  created = 3;
  fx = { key: KEY, otherKey: OTHER_KEY, imageId, elf, victimImageId, inputs: [inputA, never, inputB], unuploaded, sessions: [sessionA, snarkA, sessionB], maxImageBytes, maxInputBytes };
  // Warm up (JIT, Redis connections, buffers) before the baseline reading.
  await runRoute({ method: 'GET', path: '/version' }, 500, false);
  rssStartMb = rssMb();
  rssPeakMb = rssStartMb;
  rssTimer = setInterval(() => {
    if (c.proc.exitCode === null) rssPeakMb = Math.max(rssPeakMb, rssMb());
  }, 1000);
});

after(async () => {
  clearInterval(rssTimer);
  agent.destroy();
  printTable(
    `HTTP fuzz: ${N} requests per route, concurrency ${CONCURRENCY}, seed ${SEED} (replay with WHOLESUM_FUZZ_SEED=${SEED})`,
    ['route', 'requests', 'raw', 'prover', '2xx', '4xx', '5xx', 'other', 'req/s', 'RSS MB', 'top error codes'],
    rows.map((r) => [
      r.route,
      r.requests,
      r.raw,
      r.prover,
      r.s2xx,
      r.s4xx,
      r.s5xx,
      r.other,
      Math.round(r.requests / r.seconds),
      r.rssMb.toFixed(0),
      [...r.codes]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([c, n]) => `${c}:${n}`)
        .join(' '),
    ]),
  );
  for (const r of rows) for (const s of r.slow) console.log(`slow: ${r.route}: ${s}`);
  const total = rows.reduce((a, r) => a + r.requests, 0);
  const secs = rows.reduce((a, r) => a + r.seconds, 0);
  console.log(
    `HTTP fuzz total: ${total} requests over ${rows.length} routes in ${secs.toFixed(1)} s (${Math.round(total / secs)} req/s); ` +
      `${proverSent} reached the prover; ${created} sessions created; coordinator RSS ${rssStartMb.toFixed(0)} → peak ${rssPeakMb.toFixed(0)} MB`,
  );
  faultRow(
    `fuzz: ${rows.length} HTTP routes × ${N.toLocaleString('en')} requests`,
    `${total.toLocaleString('en')} requests: ${rows.reduce((x, r) => x + r.s5xx, 0)} answers ≥ 500, no crash`,
    `coordinator RSS ${rssStartMb.toFixed(0)} → peak ${rssPeakMb.toFixed(0)} MB; ${proverSent} reached the prover; seed ${SEED}`,
  );
  await killAll();
  rmSync(root, { recursive: true, force: true });
});

/** Sequential generation (replayable), CONCURRENCY requests in flight, prover uploads rationed further. */
async function runRoute(route: RouteSpec, n: number, record = true): Promise<Row> {
  const name = `${route.method} ${route.path}`;
  let h = SEED;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x9e3779b1) >>> 0;
  const r = new Rng(h);
  const row: Row = { route: name, requests: 0, raw: 0, prover: 0, s2xx: 0, s4xx: 0, s5xx: 0, other: 0, seconds: 0, rssMb: 0, codes: new Map(), problems: [], slow: [] };
  const rss0 = rssMb();
  let proving = 0;
  let routeCreated = 0;
  /** Requests that may create a session and are not answered yet. */
  let creating = 0;
  const proverWaiters: (() => void)[] = [];
  const gate: Gate = {
    mayCreate: () => {
      const ok = routeCreated + creating < SESSION_CAP;
      if (ok) creating++;
      return ok;
    },
    mayProve: () => {
      const ok = proverSent < PROVER_BUDGET && r.chance(0.5);
      if (ok) proverSent++;
      return ok;
    },
  };
  const t0 = performance.now();
  let issued = 0;
  const worker = async () => {
    while (issued < n && row.problems.length < 20) {
      issued++;
      const req = generate(r, route, fx, gate);
      if (req.prover) {
        while (proving >= PROVER_PARALLEL) await new Promise<void>((res) => proverWaiters.push(res));
        proving++;
      }
      let v: Verdict;
      const sent = performance.now();
      try {
        v = await send(agent, host, port, req);
        const ms = performance.now() - sent;
        if (ms > 3000 && row.slow.length < 5) row.slow.push(`${Math.round(ms)} ms: ${req.raw ? `raw ${JSON.stringify(Buffer.from(req.raw).toString('latin1').slice(0, 200))}` : describeRequest(req)}`);
      } finally {
        if (req.prover) {
          proving--;
          proverWaiters.shift()?.();
        }
      }
      row.requests++;
      if (req.raw) row.raw++;
      if (req.prover) row.prover++;
      if (v.statuses.length === 0) row.other++;
      for (const s of v.statuses) {
        if (s >= 200 && s < 300) row.s2xx++;
        else if (s >= 400 && s < 500) row.s4xx++;
        else if (s >= 500) row.s5xx++;
        else row.other++;
      }
      for (const code of v.codes ?? []) row.codes.set(code, (row.codes.get(code) ?? 0) + 1);
      if (req.mayCreate) {
        creating--;
        // A raw request may have been answered 200 too: count every creation.
        if (v.statuses[0] === 200 && route.method === 'POST') {
          routeCreated++;
          created++;
        }
      }
      if (v.problem) row.problems.push(v.problem);
      if (c.proc.exitCode !== null || c.proc.signalCode !== null) row.problems.push(`the coordinator exited (${c.proc.exitCode ?? c.proc.signalCode}) during ${name}`);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  row.seconds = (performance.now() - t0) / 1000;
  row.rssMb = rssMb() - rss0;
  if (record) rows.push(row);
  return row;
}

/** Routes that only read or add run first; those that delete or stop things run last, so the rest see live records. */
function ordered(routes: RouteSpec[]): RouteSpec[] {
  const destructive = (r: RouteSpec) => r.method === 'DELETE' || r.path.includes('/stop/');
  return [...routes.filter((r) => !destructive(r)), ...routes.filter(destructive)];
}

describe(`HTTP fuzz (${N} requests per route)`, () => {
  const routes = registeredRoutes();

  test('the router registers the routes this fuzz knows how to aim at', () => {
    assert.ok(routes.length >= 20, `only ${routes.length} routes found`);
    for (const p of ['/health', '/metrics', '/sessions/create', '/uploads/images/:imageId', '/uploads/inputs/:id']) {
      assert.ok(
        routes.some((r) => r.path === p),
        `route ${p} is not registered`,
      );
    }
  });

  for (const route of [...ordered(routes), { method: 'GET', path: '/:no/:such/:route' }]) {
    test(`${route.method} ${route.path}`, async () => {
      const row = await runRoute(route, N);
      assert.deepEqual(row.problems, [], `${row.problems.length} broken exchanges`);
      assert.equal(row.s5xx, 0);
      assert.equal(row.requests, N);
    });
  }

  test('afterwards: the coordinator is alive, healthy, within its memory bound, and no route failed', async () => {
    assert.equal(c.proc.exitCode, null, 'the coordinator exited');
    const res = await fetch(`${c.url}/health`);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { ok: boolean }).ok, true);
    const end = rssMb();
    rssPeakMb = Math.max(rssPeakMb, end);
    console.log(`coordinator RSS: ${rssStartMb.toFixed(0)} MB at start, ${end.toFixed(0)} MB at the end, ${rssPeakMb.toFixed(0)} MB peak`);
    assert.ok(end - rssStartMb < RSS_GROWTH_MB, `RSS grew ${(end - rssStartMb).toFixed(0)} MB`);
    // A route that throws something other than an ApiError logs it (and answers 500).
    const failed = c.logs.filter((l) => l.msg === 'route failed');
    assert.deepEqual(failed.slice(0, 5), [], `${failed.length} requests failed inside a route`);
    assert.ok(created <= 3 + 2 * SESSION_CAP, `${created} sessions created`);
  });
});
