/**
 * Real libp2p nodes on loopback: the task conversation and blob transfer work end to end, and
 * garbage, oversize frames, corrupt blobs and stalled peers become ProtocolErrors on the receiving
 * side without taking the node down. Also: identities persist, gossip carries announcements.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { lpStream } from '@libp2p/utils';

import {
  awaitWorkRequest,
  blobSourceOf,
  Channel,
  createNode,
  decodeAnnouncement,
  encodeAnnouncement,
  fetchBlob,
  followLease,
  JOBS_TOPIC,
  MAX_RECEIPT_BYTES,
  MAX_FRAME_BYTES,
  ProtocolError,
  serveBlobs,
  sha256Hex,
  TASK_PROTOCOL,
  type WholesumNode,
} from '../index.js';

const dir = (p: string) => mkdtempSync(join(tmpdir(), `wholesum-${p}-`));
let server: WholesumNode;
let client: WholesumNode;
const serverDir = dir('server');
const handlerErrors: ProtocolError[] = [];
const blob = new Uint8Array(3 * (1 << 20) + 12345).map((_, i) => (i * 31) % 251);
const blobSha = sha256Hex(blob);
const badSha = 'cd'.repeat(32);

before(async () => {
  server = await createNode({ role: 'coordinator', dataDir: serverDir, listen: ['/ip4/127.0.0.1/tcp/0'] });
  client = await createNode({ role: 'worker', dataDir: dir('client') });
  await server.handle(TASK_PROTOCOL, async (stream) => {
    const ch = new Channel(stream, 1500);
    try {
      const req = await awaitWorkRequest(ch);
      await ch.send('noWork', { retryAfterMs: 1000, reason: `max po2 ${req.capacity?.maxPo2}` });
      await ch.close();
    } catch (e) {
      handlerErrors.push(e as ProtocolError);
      await ch.fault((e as ProtocolError).code, (e as Error).message);
    }
  });
  await serveBlobs(server, async (sha) => {
    if (sha === blobSha) return blobSourceOf(blob);
    if (sha === badSha) return blobSourceOf(new Uint8Array(10)); // bytes that do not hash to what was asked
    return 'not here';
  });
  await client.dial(server.getMultiaddrs()[0]!);
});

after(async () => {
  await client?.stop();
  await server?.stop();
});

async function rawStream(): Promise<ReturnType<typeof lpStream>> {
  const stream = await client.dialProtocol(server.peerId, TASK_PROTOCOL);
  return lpStream(stream, { maxDataLength: 64 << 20, maxBufferSize: 64 << 20 });
}

/** The handler error number `n` (0-based), waiting for it if it has not happened yet. */
async function handlerError(n: number): Promise<ProtocolError> {
  const t0 = Date.now();
  while (handlerErrors.length === n) {
    if (Date.now() - t0 > 5000) throw new Error(`no handler error after 5 s (have ${handlerErrors.map((e) => e.code)})`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return handlerErrors[n]!;
}

describe('task conversation', () => {
  test('a work request gets its answer', async () => {
    const stream = await client.dialProtocol(server.peerId, TASK_PROTOCOL);
    const ch = new Channel(stream);
    const reply = await ch.request('workRequest', { capacity: { maxPo2: 17, canAggregate: true } }, ['lease', 'noWork'] as const);
    assert.equal(reply.kind, 'noWork');
    assert.equal(reply.body.reason, 'max po2 17');
  });

  test('garbage, oversize and silent peers become typed errors; the node stays up', async () => {
    const n = handlerErrors.length;
    let lp = await rawStream();
    await lp.write(new Uint8Array([0x0a, 0xff, 0xff, 0x13, 0x37]));
    assert.equal((await handlerError(n)).code, 'malformed');

    lp = await rawStream();
    await lp.write(new Uint8Array(MAX_FRAME_BYTES + 10));
    assert.equal((await handlerError(n + 1)).code, 'oversize');

    // A frame that promises 100 bytes and stalls after 3.
    const stalled = await client.dialProtocol(server.peerId, TASK_PROTOCOL);
    stalled.send(new Uint8Array([100, 1, 2, 3]));
    assert.equal((await handlerError(n + 2)).code, 'timeout');

    lp = await rawStream();
    const frame = new Uint8Array([0x08, 0x01, 0x5a, 0x02, 0x08, 0x01]); // valid envelope, noWork where workRequest is due
    await lp.write(frame);
    assert.equal((await handlerError(n + 3)).code, 'unexpected_message');

    // Still serving honest peers.
    const ch = new Channel(await client.dialProtocol(server.peerId, TASK_PROTOCOL));
    const reply = await ch.request('workRequest', { capacity: { maxPo2: 16 } }, ['noWork'] as const);
    assert.equal(reply.kind, 'noWork');
  });
});

describe('coordinator side of a lease', () => {
  test('a result announcing an output larger than any receipt is refused before anything is buffered', async () => {
    const got = new Promise<unknown>((resolve) => {
      void server.handle('/wholesum/test-lease/1.0.0', async (stream) => {
        const ch = new Channel(stream, 2000);
        resolve(await followLease(ch, { onHeartbeat: (hb) => ({ taskId: hb.taskId }), readTimeoutMs: () => 2000 }).catch((e) => e));
      });
    });
    const ch = new Channel(await client.dialProtocol(server.peerId, '/wholesum/test-lease/1.0.0'));
    await ch.send('result', { taskId: 't', jobId: 'j', output: { sha256: 'aa'.repeat(32), size: MAX_RECEIPT_BYTES + 1, role: 'receipt' } });
    const e = (await got) as ProtocolError;
    assert.ok(e instanceof ProtocolError);
    assert.equal(e.code, 'oversize');
  });
});

describe('blob transfer', () => {
  test('a multi-chunk blob arrives whole and checked', async () => {
    const got = await fetchBlob(client, server.peerId, { sha256: blobSha, size: blob.length });
    assert.equal(sha256Hex(got), blobSha);
  });

  test('a blob that does not match its sha256 is rejected as blob_corrupt', async () => {
    await assert.rejects(fetchBlob(client, server.peerId, { sha256: badSha, size: 10 }), (e: ProtocolError) => e.code === 'blob_corrupt');
  });

  test('an unknown blob is a clean refusal', async () => {
    await assert.rejects(fetchBlob(client, server.peerId, { sha256: 'ef'.repeat(32), size: 1 }), ProtocolError);
  });
});

describe('node', () => {
  test('the peer identity persists in the data dir', async () => {
    const again = await createNode({ role: 'coordinator', dataDir: serverDir, listen: ['/ip4/127.0.0.1/tcp/0'] });
    assert.equal(again.peerId.toString(), server.peerId.toString());
    await again.stop();
  });

  test('job announcements travel on gossipsub', async () => {
    const received = new Promise<string>((resolve) => {
      client.services.pubsub.addEventListener('message', (e) => {
        if (e.detail.topic === JOBS_TOPIC) resolve(decodeAnnouncement(e.detail.data).jobId);
      });
    });
    client.services.pubsub.subscribe(JOBS_TOPIC);
    server.services.pubsub.subscribe(JOBS_TOPIC);
    while (!server.services.pubsub.getSubscribers(JOBS_TOPIC).some((p) => p.equals(client.peerId))) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await server.services.pubsub.publish(JOBS_TOPIC, encodeAnnouncement({ jobId: 'job-7', po2: 18, tasks: 12, createdMs: Date.now() }));
    assert.equal(await received, 'job-7');
  });

  test('workers are DHT clients, the coordinator a DHT server on the private protocol', () => {
    assert.equal(server.services.dht.getMode(), 'server');
    assert.equal(client.services.dht.getMode(), 'client');
    assert.ok(server.getProtocols().includes('/wholesum/kad/1.0.0'));
    assert.ok(!server.getProtocols().some((p) => p.startsWith('/ipfs/kad')));
  });
});
