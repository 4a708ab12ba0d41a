/**
 * The dashboard against a real cluster mid-job, in a real headless Chromium: a
 * `wholesum-coordinator` process (with --view-key), two `wholesum-worker`s and the real prover on
 * sha-chain (n = 300: about 7 segments at po2 16). Once some segments are verified and others are
 * being proved, the page is loaded with the view key and its DOM checked against the job detail:
 * the verified nodes are green, the leased ones running, both workers in the pool and on the
 * Gantt, and nothing of the job's blobs in the page. The screenshot goes to
 * WHOLESUM_DASHBOARD_SCREENSHOT when set (`docs/dashboard.png` for the README), else a temp file.
 * The job is stopped afterwards: the rest of the proof would teach nothing new here.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import * as inputs from '../../native-prover/client/inputs.js';
import { guestElf } from '../../native-prover/client/paths.js';
import * as prover from '../../native-prover/client/prover.js';
import { requireBuilt, tempDir } from '../../native-prover/test/helpers.js';
import { ApiClient, type JobDetail } from '../api/client.js';
import { all, dumpDom, element, requireChromium, screenshot } from './chromium.js';
import { freePort, killAll, sharedCalibration, startCoordinator, startWorker, until, type CoordinatorProc } from './cluster.js';

const KEY = 'dashboard-cluster-key';
const VIEW = 'dashboard-cluster-view';
const root = tempDir('dashboard-cluster');
let c: CoordinatorProc;
let api: ApiClient;
let session = '';

before(async () => {
  requireChromium();
  requireBuilt();
  const calibration = await sharedCalibration();
  c = await startCoordinator(join(root, 'coordinator'), [
    '--api-keys',
    KEY,
    '--view-key',
    VIEW,
    '--listen',
    `/ip4/127.0.0.1/tcp/${await freePort()}`,
    '--segment-po2',
    '16',
    '--heartbeat-ms',
    '1000',
    '--log',
    'json',
  ]);
  api = new ApiClient(c.url, KEY);
  for (const w of ['w1', 'w2']) startWorker(join(root, w), c.multiaddr, calibration);
  await until('two workers in the pool', async () => (await api.workers()).filter((w) => w.live).length === 2, 120_000, 500);
});

after(async () => {
  if (session) await api.stop(session).catch(() => undefined);
  await killAll();
});

test('mid-job: the page draws the job, the pool and the Gantt as the coordinator has them', { timeout: 30 * 60_000 }, async () => {
  const imageId = (await prover.imageId(guestElf('sha-chain'))).image_id;
  await api.uploadImage(imageId, readFileSync(guestElf('sha-chain')));
  const input = join(root, 'sha-300.bin');
  await inputs.shaChain(300, input);
  session = await api.createSession(imageId, await api.uploadInput(readFileSync(input)));
  const proved = (j: JobDetail) => j.tasks.filter((t) => t.kind === 'prove_lift' && t.state === 'done').length;
  const leased = (j: JobDetail) => j.tasks.filter((t) => t.state !== 'done' && t.leased_to).length;
  const before = await until(
    'two segments verified while others are proved',
    async () => {
      const j = await api.job(session);
      assert.equal(j.status, 'RUNNING', j.error ?? '');
      return proved(j) >= 2 && leased(j) >= 1 && j.segments !== null ? j : undefined;
    },
    25 * 60_000,
    1000,
  );

  const dom = await dumpDom(`${c.url}/dashboard#key=${VIEW}`);
  const afterDump = await api.job(session);
  assert.match(dom, /<body data-loaded="\d+"/);
  assert.match(dom, /id="scope"[^>]*>view key: every job</);

  const tree = element(dom, 'svg', 'data-tree', session);
  assert.ok(tree, 'the job’s tree is drawn');
  const states = all(tree, /data-state="([A-Z])"/);
  assert.equal(
    states.length,
    [...Array(Math.ceil(Math.log2(before.segments!)) + 1).keys()].reduce((n, l) => n + Math.ceil(before.segments! / 2 ** l), 0),
    'every node of the tree',
  );
  const done = states.filter((s) => s === 'D').length;
  const verifiedBefore = before.tasks.filter((t) => t.state === 'done').length;
  const verifiedAfter = afterDump.tasks.filter((t) => t.state === 'done').length;
  assert.ok(done >= verifiedBefore && done <= verifiedAfter, `${done} done nodes: between ${verifiedBefore} and ${verifiedAfter}`);
  assert.ok(states.some((s) => s === 'R' || s === 'H') || leased(afterDump) === 0, 'a leased task is drawn running');

  const workers = (await api.workers()).map((w) => w.peer);
  assert.deepEqual(new Set(all(dom, /<tr class="worker [a-z]+" data-peer="([^"]+)"/)), new Set(workers), 'both workers in the pool');
  const rows = all(dom, /<g class="row" data-row="([^"]+)"/);
  assert.ok(rows.length >= 1 && rows.every((r) => workers.includes(r)), 'Gantt rows are the workers');
  assert.ok(all(dom, /<rect class="bar prove_lift" data-task="([^"]+)"/).length >= 2, 'the verified segments are bars');
  assert.match(element(dom, 'article', 'data-job', session) ?? '', /ETA \d/);
  for (const t of before.tasks) for (const i of t.inputs) assert.ok(!dom.includes(i.sha256), 'no blob digest in the page');

  const file = process.env.WHOLESUM_DASHBOARD_SCREENSHOT || join(root, 'dashboard.png');
  await screenshot(`${c.url}/dashboard#key=${VIEW}`, file, '1400,1300');
  assert.ok(statSync(file).size > 20_000);
  process.stderr.write(`dashboard screenshot: ${file}\n`);
});
