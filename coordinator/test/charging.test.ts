/**
 * Cycles are charged as they are spent (quotas.ts chargeSpent), all real: one
 * `wholesum-coordinator` process and, for the failure, a forging peer (test/forger.ts) whose
 * receipt is refused; sha-chain executes for real (3 segments at po2 16), nothing is proved.
 * - A session that fails after execution is charged its total cycles, once, also across a restart.
 * - A session stopped after execution (ABORTED) is charged them too, and a restart and a stop of a
 *   session already charged charge nothing more.
 * - Execution past the cycle limit is charged the limit (what it ran at least).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import * as inputs from '../../native-prover/client/inputs.js';
import { guestElf } from '../../native-prover/client/paths.js';
import * as prover from '../../native-prover/client/prover.js';
import { requireBuilt, tempDir } from '../../native-prover/test/helpers.js';
import { ApiClient } from '../api/client.js';
import { Forger } from './forger.js';
import { freePort, killAll, startCoordinator, until, type CoordinatorProc } from './cluster.js';

const root = tempDir('charging');
const dataDir = join(root, 'coordinator');
let c: CoordinatorProc;
let imageId: string;
let input: Buffer;
const args = async () => [
  '--api-keys',
  'failed,stopped,limited',
  '--segment-po2',
  '16',
  // The first refused receipt fails its job.
  '--max-task-attempts',
  '1',
  '--listen',
  `/ip4/127.0.0.1/tcp/${await freePort()}`,
  '--log',
  'json',
];
const key = (k: string) => new ApiClient(c.url, k);
const usage = async (k: string) => (await key(k).quotas()).cycle_usage;
const restart = async () => {
  await c.kill('SIGTERM');
  c = await startCoordinator(dataDir, await args());
};

before(async () => {
  requireBuilt();
  c = await startCoordinator(dataDir, await args());
  imageId = (await prover.imageId(guestElf('sha-chain'))).image_id;
  const file = join(root, 'sha-100.bin');
  await inputs.shaChain(100, file);
  input = readFileSync(file);
  for (const k of ['failed', 'stopped', 'limited']) await key(k).uploadImage(imageId, readFileSync(guestElf('sha-chain')));
});

after(async () => {
  await killAll();
});

describe('cycles are charged as they are spent', () => {
  test('a session that fails after execution is charged its total cycles, once, also across a restart', async () => {
    const k = key('failed');
    const forger = await Forger.start(c.multiaddr);
    let st: Awaited<ReturnType<ApiClient['status']>>;
    try {
      const sid = await k.createSession(imageId, await k.uploadInput(input));
      st = await k.wait(sid, { timeoutMs: 60_000, pollMs: 200 });
    } finally {
      await forger.stop();
    }
    assert.equal(st.status, 'FAILED');
    assert.match(st.error_msg ?? '', /failed 1 times/);
    assert.equal(st.stats?.segments, 3, 'it failed after execution');
    const total = st.stats!.total_cycles;
    assert.ok(total > 2 * 65536, `${total} cycles`);
    assert.equal(await usage('failed'), total, 'charged what execution ran, not nothing');
    await restart();
    assert.equal(await usage('failed'), total, 'and not again after a restart');
  });

  test('a session stopped after execution is charged when execution ends; a restart and the stop charge nothing more', async () => {
    const k = key('stopped');
    const sid = await k.createSession(imageId, await k.uploadInput(input));
    const executed = await until('execution to end', async () => ((await k.status(sid)).stats ? k.status(sid) : undefined), 60_000, 200);
    const total = executed.stats!.total_cycles;
    assert.equal(await usage('stopped'), total, 'charged when execution ended, before any proof');
    // Restarted mid-proof, it is resumed (or stopped before it is) and ends again: not charged again.
    await restart();
    await key('stopped').stop(sid);
    const st = await key('stopped').wait(sid, { timeoutMs: 30_000, pollMs: 200 });
    assert.equal(st.status, 'ABORTED');
    assert.equal(await usage('stopped'), total);
  });

  test('execution past the cycle limit is charged the limit', async () => {
    const k = key('limited');
    const sid = await k.createSession(imageId, await k.uploadInput(input), { cycleLimit: 20_000 });
    const st = await k.wait(sid, { timeoutMs: 60_000, pollMs: 200 });
    assert.equal(st.status, 'FAILED');
    assert.match(st.error_msg ?? '', /cycle_limit_exceeded/);
    assert.equal(await usage('limited'), 20_000);
  });
});
