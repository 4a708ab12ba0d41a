/**
 * Who holds what (holdings.ts), all real: one `wholesum-coordinator` process (embedded Redis, HTTP),
 * no workers; sessions wait in planning, so they stay RUNNING without proving anything.
 * - Another key's upload never takes a key's image or input: each key holds its own reference.
 * - A delete removes a blob exactly when no record and no running session needs it any more.
 * - --max-storage-per-key refuses an upload past it (413 storage_quota_exceeded, nothing stored);
 *   deletes free the space; the count survives a restart.
 * - A Redis written before holdings existed is migrated at start.
 */
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { Redis } from 'ioredis';

import { guestElf } from '../../native-prover/client/paths.js';
import * as prover from '../../native-prover/client/prover.js';
import { requireBuilt, tempDir } from '../../native-prover/test/helpers.js';
import { hashKey } from '../api/auth.js';
import { ApiClient, ApiClientError } from '../api/client.js';
import { expectError } from './expect.js';
import { freePort, killAll, startCoordinator, until, type CoordinatorProc } from './cluster.js';

const root = tempDir('holdings');
const dataDir = join(root, 'coordinator');
const QUOTA = 400_000;
const KEYS = ['own-a', 'own-b', 'del-a', 'del-b', 'quota', 'legacy'];
let c: CoordinatorProc;
const args = async () => [
  '--api-keys',
  KEYS.join(','),
  '--max-storage-per-key',
  String(QUOTA),
  // No workers come: every session waits in planning (RUNNING) until it is stopped.
  '--pool-wait-ms',
  '600000',
  '--listen',
  `/ip4/127.0.0.1/tcp/${await freePort()}`,
  '--log',
  'json',
];
const key = (k: string) => new ApiClient(c.url, k);
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const blobFile = (s: string) => join(dataDir, 'blobs', s.slice(0, 2), s);
const redis = () => new Redis(String(c.logs.find((l) => l.msg === 'embedded redis-server started')?.url ?? ''));
async function imageRecord(id: string): Promise<{ sha256: string; owners: Record<string, string> } | undefined> {
  const r = redis();
  try {
    const rec = await r.get(`ws:image:${id}`);
    return rec ? { sha256: (JSON.parse(rec) as { sha256: string }).sha256, owners: await r.hgetall(`ws:image-owners:${id}`) } : undefined;
  } finally {
    await r.quit();
  }
}
const storage = async (k: string) => (await key(k).quotas()) as unknown as { storage_quota: number; storage_usage: number };
const guest = async (name: 'sha-chain' | 'panic' | 'rollup-batch') => ({ id: (await prover.imageId(guestElf(name))).image_id, elf: readFileSync(guestElf(name)) });

before(async () => {
  requireBuilt();
  c = await startCoordinator(dataDir, await args());
});

after(async () => {
  await killAll();
});

describe('uploads never take another key’s ownership', () => {
  test('a second key’s PUT of a known image gets its own reference; its deletes drop only that; inputs stay their key’s', async () => {
    const [a, b] = [key('own-a'), key('own-b')];
    const img = await guest('panic');
    assert.equal(await a.uploadImage(img.id, img.elf), true);
    assert.equal((await a.raw('GET', `/images/upload/${img.id}`)).status, 204, 'the uploader is told it has it');
    const asked = await b.raw('GET', `/images/upload/${img.id}`);
    assert.equal(asked.status, 200, 'another key is asked to upload it, to hold its own reference');
    await expectError(b.raw('DELETE', `/images/${img.id}`).then(throwUnlessOk), 404, 'not_found', /image you uploaded/);
    assert.equal((await a.raw('GET', `/images/upload/${img.id}`)).status, 204, 'a refused delete took nothing');

    assert.equal(await b.uploadImage(img.id, img.elf), true);
    const rec = await imageRecord(img.id);
    assert.deepEqual(Object.keys(rec!.owners).sort(), [hashKey('own-a'), hashKey('own-b')].sort(), 'both keys hold it');
    assert.deepEqual([(await storage('own-a')).storage_usage, (await storage('own-b')).storage_usage], [img.elf.length, img.elf.length], 'each is charged for it');
    assert.equal(await b.uploadImage(img.id, img.elf), false, 'a key that holds it is not asked again');
    assert.equal((await storage('own-b')).storage_usage, img.elf.length, 'nor charged twice');

    assert.equal((await b.raw('DELETE', `/images/${img.id}`)).status, 200);
    assert.equal((await a.raw('GET', `/images/upload/${img.id}`)).status, 204, 'the first key still holds it');
    assert.ok(existsSync(blobFile(rec!.sha256)), 'and its guest is still stored');
    assert.equal((await storage('own-b')).storage_usage, 0);
    await expectError(b.raw('DELETE', `/images/${img.id}`).then(throwUnlessOk), 404, 'not_found');

    const input = await a.uploadInput(Buffer.from('own-a input'));
    await expectError(b.raw('PUT', `/uploads/inputs/${input}`, Buffer.from('taken')).then(throwUnlessOk), 404, 'not_found');
    await expectError(b.raw('DELETE', `/inputs/${input}`).then(throwUnlessOk), 404, 'not_found');
    assert.ok(existsSync(blobFile(sha(Buffer.from('own-a input')))), 'the input is untouched');

    assert.equal((await a.raw('DELETE', `/images/${img.id}`)).status, 200);
    assert.equal(await imageRecord(img.id), undefined, 'the last reference takes the record');
    assert.equal(existsSync(blobFile(rec!.sha256)), false, 'and the guest nothing else needs');
  });
});

describe('deletes remove blobs nothing else needs', () => {
  test('an input blob goes with its last record; one two keys uploaded stays until both delete it', async () => {
    const [a, b] = [key('del-a'), key('del-b')];
    const mine = randomBytes(1000);
    const id = await a.uploadInput(mine);
    assert.ok(existsSync(blobFile(sha(mine))));
    assert.equal((await a.raw('DELETE', `/inputs/${id}`)).status, 200);
    assert.equal(existsSync(blobFile(sha(mine))), false, 'unreferenced: removed');

    const shared = randomBytes(1000);
    const [ia, ib] = [await a.uploadInput(shared), await b.uploadInput(shared)];
    assert.equal((await a.raw('DELETE', `/inputs/${ia}`)).status, 200);
    assert.ok(existsSync(blobFile(sha(shared))), 'another key’s input is the same bytes: kept');
    assert.equal((await b.raw('DELETE', `/inputs/${ib}`)).status, 200);
    assert.equal(existsSync(blobFile(sha(shared))), false);

    const replaced = randomBytes(500);
    const ic = await a.uploadInput(replaced);
    const replacement = randomBytes(600);
    assert.equal((await a.raw('PUT', `/uploads/inputs/${ic}`, replacement)).status, 200);
    assert.equal(existsSync(blobFile(sha(replaced))), false, 'a PUT that replaces an input frees the bytes it replaced');
    assert.equal((await storage('del-a')).storage_usage, 600, 'and is charged only what it holds now');
    assert.equal((await a.raw('DELETE', `/inputs/${ic}`)).status, 200);
    assert.equal(existsSync(blobFile(sha(replacement))), false);
  });

  test('a running session keeps the guest and input it was created with; they go when it ends', async () => {
    const a = key('del-a');
    const img = await guest('rollup-batch');
    await a.uploadImage(img.id, img.elf);
    const guestSha = (await imageRecord(img.id))!.sha256;
    const bytes = randomBytes(64);
    const input = await a.uploadInput(bytes);
    const sid = await a.createSession(img.id, input);

    assert.equal((await a.raw('DELETE', `/images/${img.id}`)).status, 200);
    assert.equal((await a.raw('DELETE', `/inputs/${input}`)).status, 200);
    assert.equal(await imageRecord(img.id), undefined, 'the records go at once');
    assert.ok(existsSync(blobFile(guestSha)) && existsSync(blobFile(sha(bytes))), 'the running session still needs both blobs');
    assert.equal((await storage('del-a')).storage_usage, 0, 'and the key is no longer charged for them');
    await expectError(a.createSession(img.id, input), 404, 'not_found');

    await a.stop(sid);
    assert.equal((await a.wait(sid, { timeoutMs: 30_000, pollMs: 200 })).status, 'ABORTED');
    await until('the ended session’s blobs to go', () => !existsSync(blobFile(guestSha)) && !existsSync(blobFile(sha(bytes))), 10_000, 100);
  });
});

describe('--max-storage-per-key', () => {
  test('an upload past it → 413 storage_quota_exceeded, nothing stored; a delete frees the space', async () => {
    const q = key('quota');
    const img = await guest('sha-chain');
    await q.uploadImage(img.id, img.elf);
    const fresh = await storage('quota');
    assert.deepEqual([fresh.storage_quota, fresh.storage_usage], [QUOTA, img.elf.length], 'GET /user/quotas reports quota and usage');
    const big = randomBytes(QUOTA - img.elf.length - 1000);
    const bigId = await q.uploadInput(big);
    const small = randomBytes(2000);
    const smallUrl = ((await (await q.raw('GET', '/inputs/upload')).json()) as { url: string }).url;
    const refused = await q.raw('PUT', smallUrl, small);
    assert.equal(refused.status, 413);
    const body = (await refused.json()) as { code: string; message: string };
    assert.equal(body.code, 'storage_quota_exceeded');
    assert.match(body.message, new RegExp(`holds ${QUOTA - 1000} bytes.*2000 more.*quota of ${QUOTA} bytes \\(--max-storage-per-key\\).*DELETE /inputs`));
    assert.equal(existsSync(blobFile(sha(small))), false, 'a refused upload stores nothing');
    const panic = await guest('panic');
    await expectError(q.uploadImage(panic.id, panic.elf), 413, 'storage_quota_exceeded');
    assert.equal((await storage('quota')).storage_usage, QUOTA - 1000);

    assert.equal((await q.raw('DELETE', `/inputs/${bigId}`)).status, 200);
    assert.equal((await storage('quota')).storage_usage, img.elf.length, 'the delete freed its bytes');
    assert.equal((await q.raw('PUT', smallUrl, small)).status, 200, 'now it fits');
    assert.equal((await storage('quota')).storage_usage, img.elf.length + small.length);
  });
});

describe('across restarts', () => {
  test('the count survives a restart, and records older than holdings are migrated once', async () => {
    const before = (await storage('quota')).storage_usage;
    // What an earlier version left: an image naming its one owner, an input, no references, no count.
    const [guestBytes, inputBytes] = [randomBytes(1234), randomBytes(100)];
    const imageId = randomBytes(32).toString('hex');
    const inputId = '6f9619ff-8b86-d011-b42d-00cf4fc964ff';
    for (const b of [guestBytes, inputBytes]) {
      mkdirSync(join(dataDir, 'blobs', sha(b).slice(0, 2)), { recursive: true });
      writeFileSync(blobFile(sha(b)), b);
    }
    const r = redis();
    const owner = hashKey('legacy');
    await r.set(`ws:image:${imageId}`, JSON.stringify({ imageId, owner, sha256: sha(guestBytes), bytes: 1234, format: 'r0bf', createdMs: 1 }));
    await r.set(`ws:input:${inputId}`, JSON.stringify({ id: inputId, owner, sha256: sha(inputBytes), bytes: 100, createdMs: 1 }));
    await r.del('ws:holdings-version');
    await r.quit();

    await c.kill('SIGTERM');
    c = await startCoordinator(dataDir, await args());
    assert.equal((await storage('quota')).storage_usage, before, 'counted from Redis, unchanged by the restart');
    assert.ok(c.logs.some((l) => l.msg === 'built per-key holdings and blob references from earlier records'));
    const legacy = key('legacy');
    assert.equal((await storage('legacy')).storage_usage, 1334);
    assert.equal((await legacy.raw('GET', `/images/upload/${imageId}`)).status, 204, 'the old owner holds its image');
    assert.equal((await legacy.raw('DELETE', `/images/${imageId}`)).status, 200);
    assert.equal((await legacy.raw('DELETE', `/inputs/${inputId}`)).status, 200);
    assert.equal((await storage('legacy')).storage_usage, 0);
    assert.equal(existsSync(blobFile(sha(guestBytes))) || existsSync(blobFile(sha(inputBytes))), false, 'their blobs went with them');
  });
});

async function throwUnlessOk(r: Response): Promise<Response> {
  if (r.ok) return r;
  throw new ApiClientError(r.status, (await r.json()) as object);
}
