/**
 * Load: 16 worker processes and 4 concurrent jobs of mixed sizes on one coordinator, all real.
 * Every job must succeed with a receipt a stock verifier accepts, and every task be leased once:
 * without faults nothing is proved twice. Hedging is off here: 16 workers on 2 cores run every task
 * ~4× slower than calibrated, which would look like stragglers everywhere (separate machines would
 * not), and the lease slack is raised for the same reason.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';

import { guestElf } from '../../../native-prover/client/paths.js';
import * as inputs from '../../../native-prover/client/inputs.js';
import * as prover from '../../../native-prover/client/prover.js';
import { requireBuilt, tempDir } from '../../../native-prover/test/helpers.js';
import { ApiClient } from '../../api/client.js';
import { freePort, killAll, sharedCalibration, startCoordinator, startWorker, until } from '../cluster.js';
import { duplicated, record } from './harness.js';

const KEY = 'load-key';
const WORKERS = 16;
/** sha-chain n → 1, 1, 2 and 2 segments of po2 16, of different cycle counts. */
const SIZES = [10, 30, 50, 70];

after(async () => {
  await killAll();
});

test(`load: ${WORKERS} workers, ${SIZES.length} concurrent jobs of mixed sizes — all verified, nothing proved twice`, async () => {
  requireBuilt();
  const root = tempDir('load');
  // One-thread workers need a one-thread calibration, or each of them would calibrate again.
  const calibration = await sharedCalibration(1);
  const port = await freePort();
  const c = await startCoordinator(join(root, 'coordinator'), [
    '--api-keys',
    KEY,
    '--listen',
    `/ip4/127.0.0.1/tcp/${port}`,
    '--segment-po2',
    '16',
    '--heartbeat-ms',
    '2000',
    '--hedge-after',
    '0',
    '--lease-slack',
    '20',
    '--max-concurrent-jobs',
    String(SIZES.length),
    // Sixteen new workers on one address: all of them are the test's own.
    '--max-new-peers-per-ip',
    String(WORKERS),
    '--log',
    'json',
  ]);
  const api = new ApiClient(c.url, KEY);
  for (let i = 0; i < WORKERS; i++) startWorker(join(root, `worker-${i}`), c.multiaddr, calibration, ['--threads', '1', '--max-memory', '2G']);
  await until(`${WORKERS} workers in the pool`, async () => (await api.workers()).filter((w) => w.live).length >= WORKERS, 300_000, 1000);

  const elf = guestElf('sha-chain');
  const imageId = (await prover.imageId(elf)).image_id;
  await api.uploadImage(imageId, readFileSync(elf));
  const jobs: { sid: string; n: number; journal: string }[] = [];
  for (const n of SIZES) {
    const file = join(root, `sha-${n}.bin`);
    const journal = (await inputs.shaChain(n, file)).journal!;
    jobs.push({ sid: await api.createSession(imageId, await api.uploadInput(readFileSync(file))), n, journal });
  }
  const t0 = Date.now();
  let tasks = 0;
  let leases = 0;
  let dup = 0;
  let lost = 0;
  const segs: number[] = [];
  for (const j of jobs) {
    const st = await api.wait(j.sid, { timeoutMs: 3_000_000, pollMs: 2000 });
    if (st.status !== 'SUCCEEDED') lost++;
    assert.equal(st.status, 'SUCCEEDED', `n=${j.n}: ${st.error_msg}`);
    const file = join(root, `receipt-${j.n}.bin`);
    writeFileSync(file, await api.download(st.receipt_url!));
    assert.equal(await inputs.verifyWithStockRiscZero(file, imageId), j.journal);
    const d = await api.job(j.sid);
    segs.push(d.segments ?? 0);
    tasks += d.tasks.length;
    leases += d.tasks.reduce((a, t) => a + t.leases, 0);
    dup += duplicated(d);
    for (const t of d.tasks) assert.equal(t.leases, 1, `n=${j.n} ${t.id} was leased ${t.leases} times`);
  }
  const wall = (Date.now() - t0) / 1000;
  const proved = new Set((await Promise.all(jobs.map(async (j) => (await api.job(j.sid)).tasks.map((t) => t.worker)))).flat());
  assert.equal(dup, 0);
  record({
    scenario: `load: ${WORKERS} workers × ${SIZES.length} concurrent jobs`,
    outcome: `${jobs.length - lost}/${jobs.length} SUCCEEDED, receipts verified`,
    jobsLost: lost,
    duplicatedProofs: dup,
    recoverSeconds: null,
    notes: `segments ${segs.join('+')}; ${leases} leases for ${tasks} tasks; ${proved.size} distinct workers proved; all done in ${wall.toFixed(0)} s`,
  });
});
