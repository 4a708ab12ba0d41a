/**
 * The dashboard's feed and who may read it, on a real coordinator mid-job (dashboard-seed.ts: its
 * own Redis and blob store, a resumed job, real peers holding leases; nothing proved).
 * - No key, a wrong key: 401. The page itself is public code with no data, served with a CSP.
 * - The view key: the pool and every job, and no other route of the API; no blob digest or URL.
 * - An API key: the pool and its own jobs only, as /v1/jobs scopes them.
 * - What it shows is what the coordinator knows: the tree's states are the leases the peers hold,
 *   the Gantt's bars the verified tasks and live leases, throughput counted from the records, the
 *   ETA the job detail's own. Network strings come through unchanged (the page escapes them).
 * - Neither key is ever logged.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { tempDir } from '../../native-prover/test/helpers.js';
import { treeLevels } from '../dashboard/index.js';
import type { Feed } from '../dashboard/index.js';
import { WINDOW_MS } from '../dashboard/throughput.js';
import { loadOptions } from '../options.js';
import { HOSTILE_CPU, HOSTILE_ERROR, KEYS, type Seeded, seedMidJob } from './dashboard-seed.js';

let seed: Seeded;
const get = (path: string, key?: string) => fetch(`${seed.url}${path}`, { headers: key ? { 'x-api-key': key } : {} });
const feed = async (key: string): Promise<Feed> => {
  const r = await get('/v1/dashboard', key);
  assert.equal(r.status, 200, await r.clone().text());
  return (await r.json()) as Feed;
};

before(async () => {
  seed = await seedMidJob(tempDir('dashboard'));
});

after(async () => {
  await seed?.stop();
});

describe('who may read the dashboard', () => {
  test('no key or a wrong one → 401; the page and its files need none and carry a strict CSP', async () => {
    assert.equal((await get('/v1/dashboard')).status, 401);
    assert.equal((await get('/v1/dashboard', 'wrong')).status, 401);
    assert.equal((await get('/v1/dashboard', KEYS.view.toUpperCase())).status, 401);
    const page = await get('/dashboard');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'; style-src 'self'.*connect-src 'self'/);
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
    const html = await page.text();
    assert.ok(!html.includes(seed.ids.running) && !html.includes('seg-'), 'no data in the page');
    for (const f of ['app.js', 'draw.js', 'views.js', 'style.css']) assert.equal((await get(`/dashboard/${f}`)).status, 200, f);
    assert.ok(!/innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(await (await get('/dashboard/draw.js')).text()), 'no HTML parsing of data');
    assert.equal((await get('/dashboard/..%2Foptions.ts')).status, 404);
    assert.equal((await get('/dashboard/feed.ts')).status, 404, 'only the page files, not the folder');
    const slash = await fetch(`${seed.url}/dashboard/`, { redirect: 'manual' });
    assert.equal(slash.status, 308);
  });

  test('the view key sees the pool and every job, and nothing else of the API', async () => {
    const f = await feed(KEYS.view);
    assert.equal(f.scope, 'view');
    assert.deepEqual(new Set(f.jobs.map((j) => j.id)), new Set(Object.values(seed.ids)));
    assert.deepEqual(new Set(f.pool.map((w) => w.peer)), new Set(seed.holders.map((h) => h.peer)));
    for (const path of ['/v1/jobs', '/v1/workers', `/v1/jobs/${seed.ids.running}`, `/sessions/status/${seed.ids.running}`, '/user/quotas']) {
      assert.equal((await get(path, KEYS.view)).status, 401, `${path} refuses the view key`);
    }
    const text = JSON.stringify(f);
    for (const sha of seed.shas) assert.ok(!text.includes(sha), 'no blob digest');
    assert.ok(!/https?:\/\//.test(text), 'no URL');
    assert.ok(!/image_id|input_id|receipt|download/.test(text), 'no image, input or receipt field');
  });

  test('an API key sees the pool and only its own jobs', async () => {
    const a = await feed(KEYS.a);
    assert.equal(a.scope, 'key');
    assert.deepEqual(new Set(a.jobs.map((j) => j.id)), new Set([seed.ids.running, seed.ids.succeeded]));
    assert.equal(a.pool.length, 4);
    const b = await feed(KEYS.b);
    assert.deepEqual(
      b.jobs.map((j) => j.id),
      [seed.ids.failed],
    );
    assert.ok(
      b.gantt.bars.every((bar) => bar.job === seed.ids.failed),
      "another key's tasks stay out of its Gantt",
    );
    const listed = (await (await get('/v1/jobs', KEYS.a)).json()) as { id: string }[];
    assert.deepEqual(new Set(listed.map((j) => j.id)), new Set(a.jobs.map((j) => j.id)), 'the same scope as /v1/jobs');
  });

  test('--view-key is an option and an environment variable; neither key reaches the log', () => {
    assert.equal(loadOptions(['--view-key', 'v1'], {}).viewKey, 'v1');
    assert.equal(loadOptions([], { WHOLESUM_VIEW_KEY: 'v2' }).viewKey, 'v2');
    assert.equal(loadOptions([], {}).viewKey, '');
    const all = seed.logs.join('');
    assert.ok(all.length > 0);
    for (const k of Object.values(KEYS)) assert.ok(!all.includes(k), `${k} is not logged`);
  });
});

describe('what the feed shows, mid-job', () => {
  test('the running job: its tree is the records plus the leases the peers hold', async () => {
    const f = await feed(KEYS.view);
    const job = f.jobs.find((j) => j.id === seed.ids.running)!;
    assert.equal(job.status, 'RUNNING');
    assert.equal(job.state, 'ProveSegments: 8/12');
    const held = seed.holders.flatMap((h) => h.leases);
    assert.equal(held.length, 4);
    assert.equal(job.counts.running, 4);
    assert.deepEqual([job.counts.segments_done, job.counts.joins_done, job.counts.segments, job.counts.joins], [8, 4, 12, 11]);
    // Level 0: 12 segments; level 1: 6 joins; level 2: 3; level 3: 2; the root.
    assert.deepEqual(
      job.tree.map((l) => l.length),
      [12, 6, 3, 2, 1],
    );
    const at = (id: string) => {
      const m = /^(?:seg-(\d+)|join-(\d+)-(\d+))$/.exec(id)!;
      return m[1] !== undefined ? job.tree[0]![Number(m[1])] : job.tree[Number(m[2])]![Number(m[3])];
    };
    for (const id of held) assert.equal(at(id), 'R', `${id} is running`);
    assert.equal(job.tree[0]!.slice(0, 8), 'DDDDDDDD');
    assert.equal(job.tree[1]!.slice(0, 3), 'DDD');
    assert.equal(job.tree[2], 'DWW', 'join-2-1 waits for join-1-3; join-2-2 for segments 8..11');
    assert.equal(job.tree[3], 'WC', 'node (3, 1) covers segments 8..15 of 12: its right half is empty, so it is carried');
    // Five open tasks (seg-8..11, join-1-3 made at resume), four leased: one queued.
    const open = [...job.tree[0]!.slice(8), job.tree[1]![3]!];
    assert.deepEqual([open.filter((s) => s === 'R').length, open.filter((s) => s === 'Q').length], [4, 1]);
    const detail = (await (await get(`/v1/jobs/${seed.ids.running}`, KEYS.a)).json()) as { eta_seconds: number };
    assert.ok(job.eta_seconds !== null && Math.abs(job.eta_seconds - detail.eta_seconds) <= 1, `the job detail's ETA: ${job.eta_seconds} vs ${detail.eta_seconds}`);
  });

  test('the Gantt: verified tasks of the last 30 minutes and the live leases; throughput from the records', async () => {
    const f = await feed(KEYS.view);
    const running = f.gantt.bars.filter((b) => b.end_ms === null);
    assert.deepEqual(running.map((b) => `${b.worker}/${b.task}`).sort(), seed.holders.flatMap((h) => h.leases.map((t) => `${h.peer}/${t}`)).sort());
    for (const b of running) assert.ok(b.expected_end_ms! > b.start_ms && b.start_ms <= f.now_ms);
    const recorded = Object.entries(seed.tasks).flatMap(([job, l]) =>
      l.filter((t) => t.state === 'done' && t.doneMs! >= f.gantt.from_ms).map((t) => `${job}/${t.id}/${t.worker}/${t.startedMs}/${t.doneMs}`),
    );
    const shown = f.gantt.bars.filter((b) => b.end_ms !== null).map((b) => `${b.job}/${b.task}/${b.worker}/${b.start_ms}/${b.end_ms}`);
    assert.deepEqual(shown.sort(), recorded.sort());
    assert.ok(
      shown.some((s) => s.startsWith(seed.ids.succeeded)),
      'the finished job is in the window',
    );

    const inWindow = Object.values(seed.tasks)
      .flat()
      .filter((t) => t.state === 'done' && t.doneMs! >= f.now_ms - WINDOW_MS);
    const segs = inWindow.filter((t) => t.kind === 'prove_lift').length;
    assert.ok(segs > 0);
    assert.equal(f.throughput.segments_per_min, Math.round((segs / (WINDOW_MS / 60_000)) * 100) / 100);
    assert.equal(f.throughput.cycles_per_min, Math.round((segs * 60_000) / (WINDOW_MS / 60_000)));
    assert.equal(
      f.throughput.series.reduce((n, b) => n + b.segments, 0),
      Object.values(seed.tasks)
        .flat()
        .filter((t) => t.kind === 'prove_lift' && t.state === 'done' && t.doneMs! >= f.now_ms - 30 * 60_000).length,
    );
  });

  test('the pool: capacity, measured speed, results and reputation; network strings unchanged', async () => {
    const f = await feed(KEYS.view);
    const [w0, , , newcomer] = seed.holders.map((h) => f.pool.find((w) => w.peer === h.peer)!);
    assert.ok(w0 && newcomer);
    assert.equal(w0.verified, true);
    assert.equal(w0.measured['prove_lift:16'], 88);
    assert.equal(w0.leases, 1);
    assert.equal(w0.max_po2, 20);
    assert.ok(w0.accepted > 0 && w0.reputation > 0.5);
    assert.equal(newcomer.verified, false);
    assert.equal(newcomer.cpu, HOSTILE_CPU, 'raw in the JSON: escaping is the page’s job (dashboard-page.test.ts)');
    assert.equal(f.jobs.find((j) => j.id === seed.ids.failed)?.error, HOSTILE_ERROR);
    assert.equal(f.workers_live, 4);
    assert.equal(f.jobs_running, 1);
  });

  test('the tree shape is tree.ts’s: a job still executing grows its levels as segments come', () => {
    const none = () => undefined;
    assert.deepEqual(treeLevels(0, undefined, none), []);
    assert.deepEqual(
      treeLevels(1, 1, () => 'D'),
      ['D'],
    );
    assert.deepEqual(treeLevels(3, undefined, none), ['WWW', 'WW', 'W'], 'execution may still add segment 3: node (1, 1) is undecided');
    assert.deepEqual(treeLevels(3, 3, none), ['WWW', 'WC', 'W'], 'with 3 segments for good, (1, 1) is segment 2 carried up');
    assert.deepEqual(
      treeLevels(5, 5, (id) => (id.startsWith('seg') ? 'D' : 'Q')),
      ['DDDDD', 'QQC', 'QC', 'Q'],
    );
  });
});
