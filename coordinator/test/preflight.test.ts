/**
 * The planner's preflight (preflight.ts), all real: an embedded Redis, a blob store on disk and
 * `wholesum-prover execute` on sha-chain.
 * - A small job is executed at every candidate po2: the counts are what execution at that po2 gives.
 * - Counts are cached per guest and input: asking again executes nothing.
 * - Past --preflight-cycles the job is executed once, at the largest po2, and scaled to the others.
 * - A guest that fails gives no size (the execution proper reports it), once: the failure is cached too.
 * - No segment file is left behind.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { createLogger } from '../../common/index.js';
import * as inputs from '../../native-prover/client/inputs.js';
import { guestElf } from '../../native-prover/client/paths.js';
import * as prover from '../../native-prover/client/prover.js';
import { requireBuilt, tempDir } from '../../native-prover/test/helpers.js';
import { BlobStore } from '../blobstore.js';
import { preflight, scaleSegments } from '../preflight.js';
import { type RedisHandle, startRedis } from '../redis.js';
import { Store } from '../store.js';

const root = tempDir('preflight');
let redis: RedisHandle;
let d: { store: Store; blobs: BlobStore; workDir: string };
let guest: string;
const signal = new AbortController().signal;

async function job(elf: string, input: Buffer) {
  return { imageSha: await d.blobs.put(readFileSync(elf)), inputSha: await d.blobs.put(input), cycleLimit: 2 ** 32, signal };
}

before(async () => {
  requireBuilt();
  redis = await startRedis({ redisUrl: '', dataDir: root }, createLogger('test', 'text'));
  d = { store: new Store(redis.connection()), blobs: new BlobStore(join(root, 'blobs')), workDir: join(root, 'work') };
  guest = guestElf('sha-chain');
});

after(async () => {
  await redis?.stop();
});

test('a small job: executed at every candidate; the counts are execution’s; the second time nothing runs', async () => {
  const input = join(root, 'sha-100.bin');
  await inputs.shaChain(100, input);
  const j = await job(guest, readFileSync(input));
  const p = (await preflight(d, j, [18, 17, 16, 14], 2 ** 24))!;
  assert.deepEqual(p.executed.sort(), [14, 16, 17, 18]);
  assert.ok(p.seconds > 0 && p.userCycles > 0);
  for (const po2 of [18, 16]) {
    let segments = 0;
    await prover.execute({ guest, input, outDir: join(root, `direct-${po2}`), po2, onSegment: () => segments++ });
    assert.equal(p.segmentsAt(po2), segments, `po2 ${po2}`);
  }
  assert.equal(p.segmentsAt(16), 3);
  assert.ok(p.segmentsAt(14)! > p.segmentsAt(16)!);
  assert.equal(p.segmentsAt(19), undefined, 'not a candidate: not known');

  const again = (await preflight(d, j, [18, 17, 16, 14], 2 ** 24))!;
  assert.equal(again.seconds, 0, 'all from the cache');
  assert.deepEqual([14, 16, 17, 18].map(again.segmentsAt), [14, 16, 17, 18].map(p.segmentsAt));
  assert.deepEqual(readdirSync(join(d.workDir, 'preflight')), [], 'no segment file left');
});

test('past --preflight-cycles: one execution at the largest po2, the others scaled from it', async () => {
  const input = join(root, 'sha-3000.bin');
  await inputs.shaChain(3000, input);
  const p = (await preflight(d, await job(guest, readFileSync(input)), [17, 16, 14], 1))!;
  assert.deepEqual(p.executed, [17]);
  const at17 = p.segmentsAt(17)!;
  assert.ok(at17 > 1);
  assert.equal(p.segmentsAt(16), scaleSegments(at17, 17, 16));
  assert.ok(p.segmentsAt(14)! > p.segmentsAt(16)!);
});

test('a guest that panics: no size, and the failure is cached', async () => {
  const input = join(root, 'sha-1.bin');
  await inputs.shaChain(1, input);
  const j = await job(guestElf('panic'), readFileSync(input));
  assert.equal(await preflight(d, j, [18, 16], 2 ** 24), undefined);
  const started = Date.now();
  assert.equal(await preflight(d, j, [18, 16], 2 ** 24), undefined);
  assert.ok(Date.now() - started < 500, 'not executed again');
});
