/**
 * Which blobs the running jobs still refer to (jobs.ts `stillNeeded`, job.ts `refersTo`), on a
 * real Redis under the jobs' writes: the index follows every task change (a receipt set, a receipt
 * lost, a task deleted), `except` leaves one job out, and a job of 10,000 segments is indexed once
 * for all of another job's blobs rather than scanned per blob (the count of index builds is what is
 * asserted, not a time).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { createLogger } from '../../common/index.js';
import { ActiveJob } from '../job.js';
import { Jobs } from '../jobs.js';
import type { SessionRecord, TaskRecord } from '../records.js';
import { type RedisHandle, startRedis } from '../redis.js';
import { Store } from '../store.js';

const log = createLogger('test', 'json', { write: () => true } as unknown as NodeJS.WritableStream);
const dir = mkdtempSync(join(tmpdir(), 'wholesum-jobs-'));
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

const sha = (n: number) => n.toString(16).padStart(64, '0');
const session = (id: string): SessionRecord => ({
  id,
  kind: 'prove',
  imageId: '00'.repeat(32),
  inputId: 'in',
  owner: 'o',
  executeOnly: false,
  cycleLimit: 1e9,
  status: 'RUNNING',
  stage: 'ProveSegments',
  segmentsSeen: 0,
  downloadToken: 't',
  times: { queued: Date.now() },
});
const segment = (i: number, input: string): TaskRecord => ({
  id: `seg-${i}`,
  kind: 'prove_lift',
  po2: 16,
  span: [i, i],
  level: 0,
  inputs: [{ role: 'segment', sha256: input, size: 1 }],
  state: 'pending',
  attempts: 0,
  excluded: [],
});

function jobOf(id: string, tasks: TaskRecord[]): ActiveJob {
  return new ActiveJob(session(id), new Map(tasks.map((t) => [t.id, t])), store);
}

test('the index follows a receipt set, a receipt lost and a task deleted; except leaves a job out', async () => {
  const jobs = new Jobs();
  const a = jobOf('a', [segment(0, sha(1)), segment(1, sha(2))]);
  jobs.add(a);
  assert.ok(jobs.stillNeeded(sha(1)));
  assert.ok(!jobs.stillNeeded(sha(1), 'a'), 'the job asking is left out');
  assert.ok(!jobs.stillNeeded(sha(9)));

  const t = a.tasks.get('seg-0')!;
  t.state = 'done';
  t.output = { sha256: sha(9), size: 1, claimDigest: sha(0) };
  await a.saveTask(t);
  assert.ok(jobs.stillNeeded(sha(9)), 'a receipt set after the index was built');

  t.state = 'pending';
  t.output = undefined;
  await a.saveTask(t);
  assert.ok(!jobs.stillNeeded(sha(9)), 'a receipt lost (repair) is no longer referred to');

  await a.deleteTask('seg-1');
  assert.ok(!jobs.stillNeeded(sha(2)), 'a deleted task refers to nothing');

  const b = jobOf('b', [segment(0, sha(2))]);
  jobs.add(b);
  assert.ok(jobs.stillNeeded(sha(2)), 'a job added later');
  jobs.delete('b');
  assert.ok(!jobs.stillNeeded(sha(2)));
});

test('10,000 segments: another job’s cleanup indexes the running job once, not once per blob', () => {
  const jobs = new Jobs();
  const big = jobOf(
    'big',
    Array.from({ length: 10_000 }, (_, i) => segment(i, sha(i + 1))),
  );
  jobs.add(big);
  let builds = 0;
  const tasks = big.tasks;
  const values = tasks.values.bind(tasks);
  tasks.values = () => {
    builds++;
    return values();
  };
  let needed = 0;
  for (let i = 0; i < 20_000; i++) if (jobs.stillNeeded(sha(i + 1), 'ending')) needed++;
  assert.equal(needed, 10_000);
  assert.equal(builds, 1);
});
