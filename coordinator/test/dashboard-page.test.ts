/**
 * The dashboard page in a real headless Chromium, against a real coordinator mid-job
 * (dashboard-seed.ts: a resumed job, real peers holding leases; nothing proved). The assertions
 * are on the DOM after the page's own scripts fetched the feed and drew it:
 * - the pool table, the running job's join tree and the Gantt show exactly what the feed says
 *   (node states, running bars on the workers that hold the leases, the summary's figures);
 * - hostile strings from the network (a CPU model and an error message that are HTML) are text:
 *   no element was made from them and none of their script ran;
 * - an API key sees only its jobs; no key or a refused one gets the key form, not data.
 * It also writes a screenshot (to WHOLESUM_DASHBOARD_SCREENSHOT when set, else a temp file).
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { tempDir } from '../../native-prover/test/helpers.js';
import type { Feed } from '../dashboard/index.js';
import { all, dumpDom, element, requireChromium, screenshot } from './chromium.js';
import { KEYS, type Seeded, seedMidJob } from './dashboard-seed.js';

const root = tempDir('dashboard-page');
let seed: Seeded;
let feed: Feed;
let dom: string;

before(async () => {
  requireChromium();
  seed = await seedMidJob(root);
  dom = await dumpDom(`${seed.url}/dashboard#key=${KEYS.view}`);
  feed = (await (await fetch(`${seed.url}/v1/dashboard`, { headers: { 'x-api-key': KEYS.view } })).json()) as Feed;
});

after(async () => {
  await seed?.stop();
});

describe('the dashboard in headless Chromium, mid-job', () => {
  test('it loaded the feed with the view key and drew the summary', () => {
    assert.match(dom, /<body data-loaded="\d+"/, 'the page rendered a feed');
    assert.match(dom, /id="scope"[^>]*>view key: every job</);
    assert.match(dom, /id="key-form"[^>]*hidden/, 'no key form: the key from the address was used');
    const card = (id: string) => new RegExp(`id="${id}"><div class="value">([^<]*)<`).exec(dom)?.[1];
    assert.equal(card('card-workers'), `${feed.workers_live} / ${feed.pool.length}`);
    assert.equal(card('card-jobs'), '1');
    assert.equal(card('card-segments'), String(feed.throughput.segments_per_min));
  });

  test('the pool: one row per worker, with its state, speed, results and reputation', () => {
    const rows = all(dom, /<tr class="worker [a-z]+" data-peer="([^"]+)"/);
    assert.deepEqual(new Set(rows), new Set(seed.holders.map((h) => h.peer)));
    for (const h of seed.holders.slice(0, 3)) {
      const row = element(dom, 'tr', 'data-peer', h.peer)!;
      assert.match(row, /class="badge busy"/, 'a verified worker holding a lease');
      assert.match(row, /class="meter measured"/, 'its speed is measured');
    }
    assert.match(element(dom, 'tr', 'data-peer', seed.holders[3]!.peer)!, /class="badge probation"/);
    assert.match(element(dom, 'tr', 'data-peer', seed.holders[0]!.peer)!, /88 s @16/);
  });

  test('the running job: its join tree node by node as the feed has it', () => {
    const job = feed.jobs.find((j) => j.id === seed.ids.running)!;
    const tree = element(dom, 'svg', 'data-tree', seed.ids.running);
    assert.ok(tree, 'the tree is drawn');
    const drawn = all(tree, /data-state="([A-Z])"/).join('');
    assert.equal(drawn, job.tree.join(''), 'every node, level by level, in the feed’s state');
    assert.equal(all(tree, /data-state="R"/).length, 4, 'four running: the four leases the peers hold');
    const article = element(dom, 'article', 'data-job', seed.ids.running)!;
    assert.match(article, /ProveSegments: 8\/12/);
    assert.match(article, /ETA \d/);
    assert.match(article, /8\/12 segments · 4\/11 joins · 4 running/);
  });

  test('the Gantt: a row per worker, verified tasks solid, the leases running where the peers hold them', () => {
    const running = all(dom, /<rect class="bar [a-z_0-9]+ running[^"]*" data-task="([^"]+)"/);
    assert.deepEqual(running.sort(), seed.holders.flatMap((h) => h.leases).sort());
    for (const h of seed.holders) {
      const row = element(dom, 'g', 'data-row', h.peer)!;
      for (const t of h.leases) assert.match(row, new RegExp(`running[^"]*" data-task="${t}"`), `${t} on its holder's row`);
    }
    const done = all(dom, /<rect class="bar [a-z_0-9]+" data-task="([^"]+)"/);
    assert.equal(done.length, feed.gantt.bars.filter((b) => b.end_ms !== null).length);
  });

  test('hostile strings are text: no element made from them, none of their script run', () => {
    assert.ok(!dom.includes('data-pwned'), 'no injected script or handler ran');
    assert.ok(!/<img|<script>document|<b>bold/.test(dom), 'no element from a network string');
    assert.ok(dom.includes('&lt;img src=x onerror="document.body.dataset.pwned=1"&gt;Evil CPU &amp; co'), 'the CPU model, as text');
    assert.ok(dom.includes('guest_panicked: &lt;script&gt;document.body.dataset.pwned=2&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &amp; done'), 'the error, as text');
  });

  test('an API key (as ?key=) sees only its jobs; none or a refused one gets the key form', async () => {
    const a = await dumpDom(`${seed.url}/dashboard?key=${KEYS.a}`);
    assert.match(a, /id="scope"[^>]*>API key: its own jobs</);
    assert.deepEqual(new Set(all(a, /<article class="job [A-Z_]+" data-job="([^"]+)"/)), new Set([seed.ids.running, seed.ids.succeeded]));
    const none = await dumpDom(`${seed.url}/dashboard`);
    assert.match(none, /<form id="key-form" class="key-form">/, 'the form is shown');
    assert.ok(!none.includes('data-loaded'), 'and no data');
    const wrong = await dumpDom(`${seed.url}/dashboard#key=wrong`);
    assert.match(wrong, /The coordinator refused that key/);
    assert.ok(!wrong.includes('data-loaded'));
  });

  test('a screenshot', async () => {
    const file = process.env.WHOLESUM_DASHBOARD_SCREENSHOT || join(root, 'dashboard.png');
    await screenshot(`${seed.url}/dashboard#key=${KEYS.view}`, file);
    assert.ok(statSync(file).size > 20_000, 'a page with pictures, not a blank one');
    assert.deepEqual([...readFileSync(file).subarray(1, 4)], [0x50, 0x4e, 0x47], 'a PNG');
  });
});
