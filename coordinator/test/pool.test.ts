/**
 * The in-memory pool forgets silent workers (pool.ts `prune`), on a real Redis: a worker silent for
 * FORGET_MS that holds no lease leaves memory, one holding a lease stays, and a forgotten worker that
 * comes back finds its record (its ban, its measured times) in Redis.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { createLogger } from '../../common/index.js';
import { FORGET_MS, Pool } from '../pool.js';
import { type RedisHandle, startRedis } from '../redis.js';
import { Store } from '../store.js';

const log = createLogger('test', 'json', { write: () => true } as unknown as NodeJS.WritableStream);
const dir = mkdtempSync(join(tmpdir(), 'wholesum-pool-'));
let redis: RedisHandle;
let store: Store;

before(async () => {
  redis = await startRedis({ redisUrl: '', dataDir: dir }, log);
  store = new Store(redis.connection());
});
after(async () => {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('silent workers without a lease are forgotten; their record comes back with them', async () => {
  const holding = new Set(['holder']);
  const pool = new Pool(store, 1, log, (peer) => (holding.has(peer) ? 1 : 0));
  for (const peer of ['silent', 'holder', 'forger']) await pool.seen(peer, { maxPo2: 16 });
  assert.equal(await pool.fault('forger', 'a forged receipt'), true);
  pool.get('silent')!.record.measured = { 'prove_lift/16': 40 };
  await pool.accepted('silent');

  const later = Date.now() + FORGET_MS + 120_000;
  assert.equal(pool.prune(later), 2);
  assert.deepEqual(
    pool.all().map((w) => w.peer),
    ['holder'],
  );
  assert.equal(pool.prune(later + 1000), 0, 'at most once a minute');

  const back = await pool.seen('forger', { maxPo2: 16 });
  assert.equal(back.record.banned, true, 'a ban survives being forgotten');
  const silent = await pool.seen('silent', { maxPo2: 16 });
  assert.deepEqual(silent.record.measured, { 'prove_lift/16': 40 });
  assert.equal(silent.record.accepted, 1);
});
