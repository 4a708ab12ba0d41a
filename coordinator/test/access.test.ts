/**
 * Access control, all real: two `wholesum-coordinator` processes (embedded Redis, libp2p, HTTP) and
 * raw protocol peers; sessions execute the sha-chain guest for real, nothing is proved.
 * - Rate limit per key: 429 `rate_limited` with retry-after past the burst; other keys, /health
 *   and /metrics unaffected; the next token comes when retry-after said.
 * - Quotas per key: concurrent RUNNING sessions, and a cycle budget that executions use up,
 *   charged when they end (a queued one then fails instead of starting); /user/quotas tells the truth.
 * - Peers: one not on --allow-peers and one whose record is below --min-reputation get noWork
 *   with a reason, counted in /metrics; a newcomer on the list is served.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { multiaddr } from '@multiformats/multiaddr';
import { Redis } from 'ioredis';

import * as inputs from '../../native-prover/client/inputs.js';
import { guestElf } from '../../native-prover/client/paths.js';
import * as prover from '../../native-prover/client/prover.js';
import { requireBuilt, tempDir } from '../../native-prover/test/helpers.js';
import { createNode, openTaskChannel, requestWork, tokenProof, type WholesumNode } from '../../protocol/index.js';
import { hashKey } from '../api/auth.js';
import { ApiClient, ApiClientError } from '../api/client.js';
import { RateLimiter } from '../api/ratelimit.js';
import { RateLimitedError } from '../errors.js';
import { loadOptions, OptionsError } from '../options.js';
import { MIN_HISTORY, PeerPolicy } from '../peers.js';
import type { WorkerRecord } from '../records.js';
import { expectError } from './expect.js';
import { freePort, killAll, startCoordinator, until, type CoordinatorProc } from './cluster.js';

const root = tempDir('access');
// Three executions of sha-chain n = 100 (163,840 cycles each) fit; one of n = 2000 (2.4 M) does not.
const BUDGET = 1_000_000;
const CYCLE_LIMIT = 100_000_000;
let gate: CoordinatorProc;
let quota: CoordinatorProc;
const quotaArgs = (port: number) => [
  '--api-keys',
  'quota-1,quota-2,quota-3',
  '--max-sessions-per-key',
  '2',
  '--cycle-budget',
  String(BUDGET),
  // Two sessions of quota-1 wait for workers forever and hold two of the three job slots.
  '--max-concurrent-jobs',
  '3',
  '--segment-po2',
  '16',
  '--pool-wait-ms',
  '600000',
  '--cycle-limit',
  String(CYCLE_LIMIT),
  '--listen',
  `/ip4/127.0.0.1/tcp/${port}`,
  '--log',
  'json',
];
const redisOf = (c: CoordinatorProc) => String(c.logs.find((l) => l.msg === 'embedded redis-server started')?.url ?? '');
const peers: Record<'allowed' | 'lowRep' | 'stranger', WholesumNode> = {} as never;
let imageId: string;
let inputFile: string;
let bigInputFile: string;

before(async () => {
  requireBuilt();
  for (const name of ['allowed', 'lowRep', 'stranger'] as const) peers[name] = await createNode({ role: 'worker', dataDir: join(root, name) });
  const [gatePort, quotaPort] = [await freePort(), await freePort()];
  const allow = [peers.allowed, peers.lowRep].map((n) => n.peerId.toString()).join(',');
  [gate, quota] = await Promise.all([
    startCoordinator(join(root, 'gate'), [
      '--api-keys',
      'rate-a,rate-b',
      '--rate-limit',
      '1',
      '--rate-burst',
      '3',
      '--allow-peers',
      allow,
      '--min-reputation',
      '0.5',
      '--listen',
      `/ip4/127.0.0.1/tcp/${gatePort}`,
      '--log',
      'json',
    ]),
    startCoordinator(join(root, 'quota'), quotaArgs(quotaPort)),
  ]);
  imageId = (await prover.imageId(guestElf('sha-chain'))).image_id;
  inputFile = join(root, 'sha-100.bin');
  await inputs.shaChain(100, inputFile);
  bigInputFile = join(root, 'sha-2000.bin');
  await inputs.shaChain(2000, bigInputFile);
});

after(async () => {
  await Promise.all(Object.values(peers).map((n) => n.stop()));
  await killAll();
});

describe('rate limit per API key', () => {
  test('past the burst → 429 rate_limited with retry-after; other keys, /health and /metrics unaffected', async () => {
    const a = new ApiClient(gate.url, 'rate-a');
    const started = Date.now();
    let ok = 0;
    let limited: Response | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      const r = await a.raw('GET', '/version');
      if (r.status === 429) {
        limited = r;
      } else {
        assert.equal(r.status, 200);
        await r.arrayBuffer();
        ok++;
      }
    }
    assert.ok(limited, 'the key was limited');
    // Three at once, plus one a second for however long the loop took.
    assert.ok(ok >= 3 && ok <= 3 + Math.ceil((Date.now() - started) / 1000), `${ok} requests passed`);
    const retryAfter = Number(limited.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 2, `retry-after ${retryAfter}`);
    const body = (await limited.json()) as { code: string; message: string };
    assert.equal(body.code, 'rate_limited');
    assert.match(body.message, /retry after \d+ s/);

    assert.equal((await new ApiClient(gate.url, 'rate-b').raw('GET', '/version')).status, 200, 'another key has its own bucket');
    for (let i = 0; i < 5; i++) {
      assert.equal((await fetch(`${gate.url}/health`)).status, 200, '/health needs no key and is not limited');
      assert.equal((await (await fetch(`${gate.url}/metrics`)).text()).includes('wholesum_'), true);
    }
    assert.equal((await new ApiClient(gate.url, 'nobody').raw('GET', '/version')).status, 401, 'an unknown key is refused, not counted');

    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 100));
    assert.equal((await a.raw('GET', '/version')).status, 200, 'a token is back after retry-after');
  });

  test('buckets refill at the rate, and the map stays bounded however many keys come', () => {
    let now = 0;
    const l = new RateLimiter(2, 2, () => now);
    l.take('k');
    l.take('k');
    assert.throws(
      () => l.take('k'),
      (e: unknown) => e instanceof RateLimitedError && e.headers['retry-after'] === '1',
    );
    now += 500;
    l.take('k');
    for (let i = 0; i < 20_000; i++) l.take(`key-${i}`);
    assert.ok(l.size <= 10_000, `${l.size} buckets`);
    assert.doesNotThrow(() => new RateLimiter(0, 1).take('x'), 'rate 0: no limit');
  });
});

describe('quotas per API key', () => {
  let k1: ApiClient;
  let k2: ApiClient;
  let k3: ApiClient;
  before(async () => {
    k1 = new ApiClient(quota.url, 'quota-1');
    k2 = new ApiClient(quota.url, 'quota-2');
    k3 = new ApiClient(quota.url, 'quota-3');
    await k1.uploadImage(imageId, readFileSync(guestElf('sha-chain')));
  });

  test('--max-sessions-per-key: a third RUNNING session → 429 quota_exceeded; stopping one frees its place', async () => {
    const first = await k1.createSession(imageId, await k1.uploadInput(readFileSync(inputFile)));
    await k1.createSession(imageId, await k1.uploadInput(readFileSync(inputFile)));
    const input = await k1.uploadInput(readFileSync(inputFile));
    await expectError(k1.createSession(imageId, input), 429, 'quota_exceeded', /2 sessions running.*--max-sessions-per-key 2.*stop one/);
    const q = await k1.quotas();
    assert.equal(q.concurrent_proofs, 2);
    assert.equal(q.exec_cycle_limit, CYCLE_LIMIT / 1e6);

    await k1.stop(first);
    assert.equal((await k1.wait(first, { timeoutMs: 30_000, pollMs: 200 })).status, 'ABORTED');
    const third = await k1.createSession(imageId, input);
    assert.equal((await k1.status(third)).status, 'RUNNING');
    await expectError(k1.createSession(imageId, input), 429, 'quota_exceeded');
  });

  test('--cycle-budget: execute-only usage counts; a queued session then fails unstarted and new ones → 403', async () => {
    const fresh = await k2.quotas();
    assert.deepEqual([fresh.cycle_budget, fresh.cycle_usage], [BUDGET, 0]);
    // One job slot is left: the first runs, the second waits in the queue behind it (created at
    // once, before the first can have finished).
    const [in1, in2] = [await k2.uploadInput(readFileSync(bigInputFile)), await k2.uploadInput(readFileSync(bigInputFile))];
    const ran = await k2.createSession(imageId, in1, { executeOnly: true });
    const queued = await k2.createSession(imageId, in2, { executeOnly: true });
    const st = await k2.wait(ran, { timeoutMs: 60_000, pollMs: 200 });
    assert.equal(st.status, 'SUCCEEDED', st.error_msg ?? '');

    const refused = await k2.wait(queued, { timeoutMs: 30_000, pollMs: 200 });
    assert.equal(refused.status, 'FAILED');
    assert.match(refused.error_msg ?? '', new RegExp(`budget of ${BUDGET} \\(--cycle-budget\\)`));
    assert.equal((await k2.job(queued)).stage_started_ms.executing, undefined, 'it never executed');

    const q = await k2.quotas();
    assert.equal(q.cycle_budget, BUDGET);
    assert.equal(q.cycle_usage, st.stats!.total_cycles, 'usage is what the session used');
    assert.ok(q.cycle_usage >= BUDGET);
    await expectError(k2.createSession(imageId, await k2.uploadInput(readFileSync(inputFile))), 403, 'quota_exceeded', /cycle.*budget.*operator/);
    assert.equal((await k3.quotas()).cycle_usage, 0, 'another key has its own budget');
  });

  test('exec_cycle_limit above --cycle-limit is clamped and the session log says so; a malformed one → 400', async () => {
    const input = await k3.uploadInput(readFileSync(inputFile));
    await expectError(k3.createSession(imageId, input, { cycleLimit: 1.5 }), 400, 'bad_request', /positive integer/);
    const sid = await k3.createSession(imageId, input, { executeOnly: true, cycleLimit: 2 ** 40 });
    assert.equal((await k3.wait(sid, { timeoutMs: 60_000, pollMs: 200 })).status, 'SUCCEEDED');
    assert.match(await k3.logs(sid), new RegExp(`above this coordinator's --cycle-limit, so execution stops at ${CYCLE_LIMIT} cycles`));
  });

  test('after a restart the running sessions are counted from the records, whatever the per-key sets said', async () => {
    // Make quota-1's set wrong (3 sessions that do not exist): the records must win at the restart.
    const redis = new Redis(redisOf(quota));
    const set = `ws:running:${hashKey('quota-1')}`;
    await redis.multi().del(set).sadd(set, 'x', 'y', 'z').exec();
    await redis.quit();
    await quota.kill('SIGTERM');
    quota = await startCoordinator(join(root, 'quota'), quotaArgs(await freePort()));
    k1 = new ApiClient(quota.url, 'quota-1');
    const input = await k1.uploadInput(readFileSync(inputFile));
    await expectError(k1.createSession(imageId, input), 429, 'quota_exceeded', /already has 2 sessions running/);
    assert.equal((await new ApiClient(quota.url, 'quota-2').quotas()).cycle_usage >= BUDGET, true, 'usage survives a restart');
  });
});

describe('which peers get work', () => {
  const ask = async (node: WholesumNode) => {
    const conn = await node.dial(multiaddr(gate.multiaddr));
    const ch = await openTaskChannel(node, conn.remotePeer);
    const offer = await requestWork(ch, { maxPo2: 16, canAggregate: true, freeSlots: 1, liftSeconds: 1, cores: 2, threads: 2, proverVersion: 'access-test' });
    await ch.close();
    assert.equal(offer.kind, 'noWork', 'nothing to lease here');
    return offer.body as { retryAfterMs: number; reason: string };
  };

  test('not on --allow-peers → noWork "not allowed:"; a newcomer on it is served; a poor record → "reputation:"', async () => {
    // The low-reputation peer's history, as the pool would have kept it: 1 refused, 2 failed results.
    const url = redisOf(gate);
    assert.match(url, /^redis:\/\//);
    const redis = new Redis(url);
    const lowRep = peers.lowRep.peerId.toString();
    const record: WorkerRecord = { peer: lowRep, accepted: 0, rejected: 1, failed: 2, banned: false, firstSeenMs: Date.now() };
    await redis.set(`ws:worker:${lowRep}`, JSON.stringify(record));
    await redis.quit();

    const stranger = await ask(peers.stranger);
    assert.match(stranger.reason, /^not allowed: .*--allow-peers/);
    assert.ok(stranger.retryAfterMs >= 60_000, 'a refused peer is asked to stay away a while');
    assert.match((await ask(peers.allowed)).reason, /no task fits/);
    const poor = await ask(peers.lowRep);
    assert.match(poor.reason, /^reputation: 0\.20 is below .*--min-reputation 0\.5/);

    const metrics = await (await fetch(`${gate.url}/metrics`)).text();
    assert.match(metrics, /wholesum_work_requests_refused_total\{reason="not_allowed"\} 1\b/);
    assert.match(metrics, /wholesum_work_requests_refused_total\{reason="reputation"\} 1\b/);
    const workers = await until(
      'the rate limit to let /v1/workers through',
      async () => {
        try {
          return await new ApiClient(gate.url, 'rate-b').workers();
        } catch (e) {
          if (e instanceof ApiClientError && e.status === 429) return undefined;
          throw e;
        }
      },
      10_000,
      500,
    );
    assert.equal(
      workers.find((w) => w.peer === peers.stranger.peerId.toString()),
      undefined,
      'a stranger never joins the pool',
    );
    const listed = workers.find((w) => w.peer === lowRep);
    assert.ok(listed && !listed.live && listed.refused?.startsWith('reputation:'), JSON.stringify(listed));
  });

  test('the reputation floor waits for a history, and options are checked', () => {
    const policy = new PeerPolicy({ allowPeers: [], minReputation: 0.9, workerTokens: [] }, 'coordinator-id');
    const r = (accepted: number, rejected: number, failed: number): WorkerRecord => ({ peer: 'p', accepted, rejected, failed, banned: false, firstSeenMs: 0 });
    assert.equal(policy.admits('anyone'), undefined, 'an empty list allows everyone');
    assert.equal(policy.judge(r(0, 1, MIN_HISTORY - 2)), undefined, 'too little history to judge');
    assert.equal(policy.judge(r(0, 1, MIN_HISTORY - 1))?.kind, 'reputation');
    assert.equal(policy.judge(r(50, 0, 1)), undefined);
    assert.equal(new PeerPolicy({ allowPeers: [], minReputation: 0, workerTokens: [] }, 'coordinator-id').judge(r(0, 2, 5)), undefined, '0: off');

    // Private pool: a worker proves a token bound to both peer ids; a proof for another peer or another coordinator is worthless.
    const pool = new PeerPolicy({ allowPeers: [], minReputation: 0, workerTokens: ['t-one', 't-two'] }, 'coordinator-id');
    assert.equal(pool.admits('w1', tokenProof('t-two', 'coordinator-id', 'w1')), undefined);
    assert.match(pool.admits('w1')?.reason ?? '', /private pool and it sent no token/);
    assert.match(pool.admits('w1', tokenProof('wrong', 'coordinator-id', 'w1'))?.reason ?? '', /not one of this coordinator/);
    assert.equal(pool.admits('w2', tokenProof('t-one', 'coordinator-id', 'w1'))?.kind, 'not_allowed', 'replayed by another peer');
    assert.equal(pool.admits('w1', tokenProof('t-one', 'other-coordinator', 'w1'))?.kind, 'not_allowed', 'made for another coordinator');

    for (const bad of [
      ['--allow-peers', 'not-a-peer'],
      ['--min-reputation', '1.5'],
      ['--rate-limit=-1'],
      ['--rate-burst', '0'],
      ['--cycle-budget', 'x'],
      ['--max-storage-per-key=-1'],
      ['--max-storage-per-key', '1.5'],
    ]) {
      assert.throws(() => loadOptions(bad, {}), OptionsError, bad.join(' '));
    }
    const o = loadOptions(['--allow-peers', `${peers.allowed.peerId}, ${peers.lowRep.peerId}`], {});
    assert.deepEqual(o.allowPeers, [peers.allowed.peerId.toString(), peers.lowRep.peerId.toString()]);
    assert.deepEqual([o.rateLimit, o.rateBurst, o.maxSessionsPerKey, o.cycleBudget, o.minReputation, o.maxConnections], [50, 200, 0, 0, 0, 1024]);
    assert.equal(o.maxStoragePerKey, 10 * 2 ** 30, '10 GiB of images and inputs per key');
    assert.equal(loadOptions([], { WHOLESUM_MAX_STORAGE_PER_KEY: '0' }).maxStoragePerKey, 0, '0: no limit, from the environment');
  });
});
