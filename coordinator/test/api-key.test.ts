/**
 * No API key in the clear, all real: a `wholesum-coordinator` process started with no --api-keys
 * makes one at first start and prints it once; nothing under its data dir (identity, blobs, the
 * embedded Redis's AOF and snapshot) holds it, only its sha256. A restart makes no other, the key
 * still works, and a key file an earlier version left is reported.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { requireBuilt, tempDir } from '../../native-prover/test/helpers.js';
import { hashKey } from '../api/auth.js';
import { ApiClient } from '../api/client.js';
import { freePort, killAll, startCoordinator, type CoordinatorProc } from './cluster.js';

const dataDir = join(tempDir('api-key'), 'coordinator');
const args = async () => ['--listen', `/ip4/127.0.0.1/tcp/${await freePort()}`, '--log', 'json'];
let c: CoordinatorProc;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    const st = statSync(p);
    return st.isDirectory() ? files(p) : st.isFile() ? [p] : [];
  });
}

before(async () => {
  requireBuilt();
  c = await startCoordinator(dataDir, await args());
});

after(async () => {
  await killAll();
});

test('the first key is printed once and stored nowhere in the clear; a restart keeps it working', async () => {
  const printed = c.stdout.map((l) => /API key.*: (ws_[0-9a-f]{48})$/.exec(l)?.[1]).filter(Boolean);
  assert.equal(printed.length, 1, c.stdout.join('\n'));
  const key = printed[0]!;
  assert.equal((await new ApiClient(c.url, key).raw('GET', '/version')).status, 200);
  assert.ok(!JSON.stringify(c.logs).includes(key), 'not in the structured log either');

  // SIGTERM: the coordinator stops its Redis, which writes everything out first.
  await c.kill('SIGTERM');
  const all = files(dataDir);
  assert.ok(all.length > 0);
  const holding = all.filter((f) => readFileSync(f).includes(key));
  assert.deepEqual(holding, [], 'no file holds the key');
  assert.ok(
    all.some((f) => readFileSync(f).includes(hashKey(key))),
    'the search reached the Redis files: the hash is there',
  );

  // A key file an earlier version wrote is reported (and left for its owner to move).
  writeFileSync(join(dataDir, 'api-key'), `${key}\n`, { mode: 0o600 });
  c = await startCoordinator(dataDir, await args());
  assert.equal(c.stdout.filter((l) => l.includes('API key')).length, 0, 'no second key is made');
  assert.equal((await new ApiClient(c.url, key).raw('GET', '/version')).status, 200, 'the key still works');
  assert.ok(c.logs.some((l) => l.level === 'warn' && String(l.msg).includes('API key in the clear')));
});
