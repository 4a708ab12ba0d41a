/**
 * Blobs only to their lease, on real libp2p nodes: a peer gets a blob while it holds a current
 * lease whose task takes it as an input, and nothing else — not another task's input, not a blob
 * after its lease ended, not one it names at random — with each refusal counted in /metrics.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { createLogger } from '../../common/index.js';
import { createNode, fetchBlob, type WholesumNode } from '../../protocol/index.js';
import { BlobServer, REFUSAL_BURST } from '../blob-server.js';
import { BlobStore } from '../blobstore.js';
import { ActiveJob } from '../job.js';
import { LeaseBook } from '../leases.js';
import { Metrics } from '../metrics.js';
import { Notes } from '../notes.js';
import type { SessionRecord, TaskRecord } from '../records.js';
import { type RedisHandle, startRedis } from '../redis.js';
import { Store } from '../store.js';

const log = createLogger('test', 'json', { write: () => true } as unknown as NodeJS.WritableStream);
const dir = mkdtempSync(join(tmpdir(), 'wholesum-blobsrv-'));
let redis: RedisHandle;
let store: Store;
let server: WholesumNode;
let worker: WholesumNode;
let leech: WholesumNode;
const metrics = new Metrics();
const blobs = new BlobStore(join(dir, 'blobs'));
let book: LeaseBook;
let blobServer: BlobServer | undefined;

before(async () => {
  redis = await startRedis({ redisUrl: '', dataDir: dir }, log);
  store = new Store(redis.connection());
  book = new LeaseBook({ leaseSlack: 4, heartbeatMs: 1000 }, metrics, new Notes(store, log));
  server = await createNode({ role: 'coordinator', dataDir: join(dir, 'server'), listen: ['/ip4/127.0.0.1/tcp/0'], denyPeer: (p) => blobServer?.isBlocked(p) ?? false });
  blobServer = new BlobServer({ node: server, blobs, book, metrics, maxStreamsPerPeer: 2 });
  await blobServer.start();
  worker = await createNode({ role: 'worker', dataDir: join(dir, 'worker') });
  leech = await createNode({ role: 'worker', dataDir: join(dir, 'leech') });
  for (const n of [worker, leech]) await n.dial(server.getMultiaddrs()[0]!);
});
after(async () => {
  for (const n of [worker, leech, server]) await n.stop();
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

const session: SessionRecord = {
  id: 'job-blobs',
  kind: 'prove',
  imageId: '00'.repeat(32),
  inputId: 'in',
  owner: 'o',
  executeOnly: false,
  cycleLimit: 1e9,
  status: 'RUNNING',
  stage: 'ProveSegments',
  segmentsSeen: 2,
  downloadToken: 't',
  times: { queued: Date.now() },
};
const taskWith = (id: string, sha256: string, size: number): TaskRecord => ({
  id,
  kind: 'prove_lift',
  po2: 16,
  span: [0, 0],
  level: 0,
  inputs: [{ role: 'segment', sha256, size }],
  state: 'pending',
  attempts: 0,
  excluded: [],
});

const refusedCount = async (reason: string) => (await metrics.blobsRefused.get()).values.find((v) => v.labels.reason === reason)?.value ?? 0;

describe('blob server', () => {
  test('a blob goes only to the holder of a current lease that needs it', async () => {
    // Three and a half chunks, streamed from disk.
    const mine = randomBytes(3.5 * 2 ** 20);
    const other = randomBytes(1000);
    const clientInput = randomBytes(500);
    const [mineSha, otherSha, inputSha] = [await blobs.put(mine), await blobs.put(other), await blobs.put(clientInput)];
    const job = new ActiveJob(session, new Map(), store);
    const t0 = taskWith('seg-0', mineSha, mine.length);
    const t1 = taskWith('seg-1', otherSha, other.length);
    job.tasks.set(t0.id, t0);
    job.tasks.set(t1.id, t1);
    const lease = book.create(job, t0, worker.peerId.toString(), 60, false);

    const got = await fetchBlob(worker, server.peerId, { sha256: mineSha, size: mine.length });
    assert.ok(Buffer.from(got).equals(mine));
    assert.equal((await metrics.blobsServed.get()).values[0]?.value, 1);

    const refused = async (node: WholesumNode, sha: string, size: number) => {
      await assert.rejects(fetchBlob(node, server.peerId, { sha256: sha, size }), /unknown_blob|not an input of a task leased to you/);
    };
    await refused(worker, otherSha, other.length);
    await refused(worker, inputSha, clientInput.length);
    await refused(leech, mineSha, mine.length);
    await refused(leech, inputSha, clientInput.length);
    await refused(leech, 'ab'.repeat(32), 10);
    book.release(lease, 'test');
    await refused(worker, mineSha, mine.length);
    assert.equal(await refusedCount('not_leased'), 6);
  });

  test('a flood of refused requests cuts the peer off, and its identity cannot connect again', async () => {
    const flooder = await createNode({ role: 'worker', dataDir: join(dir, 'flooder') });
    try {
      await flooder.dial(server.getMultiaddrs()[0]!);
      const sha = await blobs.put(randomBytes(100));
      let refused = 0;
      for (let i = 0; i < REFUSAL_BURST + 5; i++) {
        try {
          await fetchBlob(flooder, server.peerId, { sha256: sha, size: 100 });
        } catch {
          refused++;
        }
      }
      assert.equal(refused, REFUSAL_BURST + 5, 'nothing was served');
      assert.ok(blobServer!.isBlocked(flooder.peerId.toString()));
      assert.equal(await refusedCount('flood'), 1);
      assert.ok(!blobServer!.isBlocked(worker.peerId.toString()), 'the honest worker, refused a few times above, is not blocked');
      await new Promise((r) => setTimeout(r, 200));
      assert.equal(server.getConnections(flooder.peerId).length, 0, 'disconnected');
      // The handshake may complete on the dialler's side; the coordinator closes it once it knows the identity.
      await flooder.dial(server.getMultiaddrs()[0]!).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(server.getConnections(flooder.peerId).length, 0, 'refused again');
      await assert.rejects(fetchBlob(flooder, server.peerId, { sha256: sha, size: 100 }));
    } finally {
      await flooder.stop();
    }
  });
});
