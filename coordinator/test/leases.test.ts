/**
 * The lease book on its own (real Redis under the job's writes, no workers): a lease's deadlines,
 * heartbeats that cancel and end an overdue or withdrawn lease, a hedge promoted when the first
 * copy ends, per-worker counts that keep a holder live, and the rules the simulator imports.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { createLogger } from '../../common/index.js';
import { ActiveJob, JobStopped } from '../job.js';
import { hardDeadlineSeconds, HARD_DEADLINE_GRACE_SECONDS, heartbeatDeadlineMs, LeaseBook, leaseReadTimeoutMs, MISSED_HEARTBEATS } from '../leases.js';
import { Metrics } from '../metrics.js';
import { Notes } from '../notes.js';
import type { SessionRecord, TaskRecord } from '../records.js';
import { type RedisHandle, startRedis } from '../redis.js';
import { Store } from '../store.js';

const log = createLogger('test', 'json', { write: () => true } as unknown as NodeJS.WritableStream);
const dir = mkdtempSync(join(tmpdir(), 'wholesum-leases-'));
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
  segmentsSeen: 1,
  downloadToken: 't',
  times: { queued: Date.now() },
});
const task = (id: string): TaskRecord => ({ id, kind: 'prove_lift', po2: 16, span: [0, 0], level: 0, inputs: [], state: 'pending', attempts: 0, excluded: [] });

function setup(slack = 4, heartbeatMs = 1000) {
  const metrics = new Metrics();
  const book = new LeaseBook({ leaseSlack: slack, heartbeatMs }, metrics, new Notes(store, log));
  const job = new ActiveJob(session(`job-${Math.random().toString(16).slice(2)}`), new Map(), store);
  const t = task('seg-0');
  job.tasks.set(t.id, t);
  return { book, job, t, metrics };
}

describe('lease book', () => {
  test('the deadline rules: slack × expected + a minute; three beats; the read timeout adds 2 s', () => {
    assert.equal(hardDeadlineSeconds(4, 100), 4 * 100 + HARD_DEADLINE_GRACE_SECONDS);
    assert.equal(heartbeatDeadlineMs(1000, 5000), 1000 + MISSED_HEARTBEATS * 5000);
    assert.equal(leaseReadTimeoutMs(5000), 3 * 5000 + 2000);
  });

  test('a lease is current, counted for its worker and the task, and ends once', async () => {
    const { book, job, t, metrics } = setup();
    const l = book.create(job, t, 'peer-a', 100, false);
    assert.ok(l.hardDeadlineMs - l.startedMs === hardDeadlineSeconds(4, 100) * 1000);
    assert.equal(book.isCurrent(l), true);
    assert.equal(book.isLeased(job, t.id), true);
    assert.equal(book.held('peer-a'), 1);
    assert.equal(t.leases, 1);
    assert.equal(job.session.times.firstLease, l.startedMs);
    assert.equal((await metrics.leases.get()).values[0]?.value, 1);
    book.release(l, 'missed heartbeats');
    assert.equal(book.isCurrent(l), false);
    assert.equal(book.held('peer-a'), 0);
    assert.equal(book.end(l), false, 'a second end is a no-op');
    assert.equal((await metrics.released.get()).values[0]?.labels.reason, 'missed heartbeats');
  });

  test('a heartbeat extends the lease; past the hard deadline it cancels and ends it', () => {
    const { book, job, t } = setup(1, 1000);
    const l = book.create(job, t, 'peer-a', 10, false);
    const beat = book.heartbeat(l);
    assert.equal(beat.cancel, false);
    assert.ok(beat.deadlineMs >= Date.now() + 2900 && beat.deadlineMs <= Date.now() + 3000);
    l.hardDeadlineMs = Date.now() - 1;
    assert.equal(book.heartbeat(l).cancel, true);
    assert.equal(book.isLeased(job, t.id), false);
    assert.equal(book.held('peer-a'), 0);
  });

  test('a stopped job or a done task cancels at the next heartbeat', () => {
    const { book, job, t } = setup();
    const l = book.create(job, t, 'peer-a', 10, false);
    t.state = 'done';
    assert.equal(book.heartbeat(l).cancel, true);
    t.state = 'pending';
    job.stop(new JobStopped('ABORTED', 'stopped by the client'));
    assert.equal(book.heartbeat(l).cancel, true);
  });

  test('a hedge runs beside the lease and is promoted when the first copy ends', () => {
    const { book, job, t } = setup();
    const first = book.create(job, t, 'slow', 100, false);
    const hedge = book.create(job, t, 'fast', 50, true);
    assert.equal(t.hedges, 1);
    assert.equal(book.otherCopy(first), hedge);
    assert.equal(book.otherCopy(hedge), first);
    assert.deepEqual(book.leasesOf(job).hedges, [hedge]);
    book.release(first, 'lease lost');
    assert.equal(book.holder(job, t.id), hedge);
    assert.equal(book.hedgeOf(job, t.id), undefined);
    assert.equal(book.isCurrent(hedge), true);
    assert.equal(book.held('slow'), 0);
    assert.equal(book.held('fast'), 1);
  });

  test('withdrawing a job ends every lease and hedge of it', () => {
    const { book, job, t } = setup();
    const t2 = task('seg-1');
    job.tasks.set(t2.id, t2);
    book.create(job, t, 'a', 10, false);
    book.create(job, t, 'b', 10, true);
    book.create(job, t2, 'a', 10, false);
    assert.equal(book.held('a'), 2);
    assert.equal(book.leasedCount(job), 2);
    book.withdraw(job, 'the job is executed again');
    assert.equal(book.leasedCount(job), 0);
    assert.equal(book.held('a') + book.held('b'), 0);
  });
});
