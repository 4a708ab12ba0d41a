/**
 * The coordinator end to end, all real: a `wholesum-coordinator` process (embedded Redis, libp2p,
 * HTTP), two `wholesum-worker` processes, the real prover on sha-chain (3 segments at po2 16).
 * - API errors: bad key, bad ELF, wrong image id, oversize input, unknown session → 4xx JSON, nothing stored.
 * - A stock RISC Zero host (`bonsai-host`: risc0-zkvm's Bonsai client, `default_prover()`) proves
 *   through the coordinator while a forging peer lies and one worker is SIGKILLed mid-task.
 * - The coordinator is SIGKILLed mid-job and restarted: the job completes, finished tasks not redone.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { bonsaiHostBin, guestElf } from '../../native-prover/client/paths.js';
import * as inputs from '../../native-prover/client/inputs.js';
import * as prover from '../../native-prover/client/prover.js';
import { requireBuilt, tempDir } from '../../native-prover/test/helpers.js';
import { ApiClient, ApiClientError } from '../api/client.js';
import { swarm } from './adversary/hostile.js';
import { Forger } from './forger.js';
import { expectError } from './expect.js';
import { freePort, killAll, sharedCalibration, startCoordinator, startWorker, until, type CoordinatorProc, type Proc } from './cluster.js';

const KEY = 'e2e-test-key';
const root = tempDir('e2e');
const coordDir = join(root, 'coordinator');
let coordArgs: string[];
let c: CoordinatorProc;
let api: ApiClient;
let calibration: string;
let imageId: string;
let inputFile: string;
let expectedJournal: string;
const workers: Record<string, Proc> = {};
let provedSession = '';

before(async () => {
  requireBuilt();
  calibration = await sharedCalibration();
  const port = await freePort();
  coordArgs = ['--api-keys', KEY, '--listen', `/ip4/127.0.0.1/tcp/${port}`, '--segment-po2', '16', '--heartbeat-ms', '1000', '--ban-after-faults', '2', '--max-input-bytes', '65536', '--log', 'json'];
  c = await startCoordinator(coordDir, coordArgs);
  api = new ApiClient(c.url, KEY);
  imageId = (await prover.imageId(guestElf('sha-chain'))).image_id;
  inputFile = join(root, 'sha-100.bin');
  expectedJournal = (await inputs.shaChain(100, inputFile)).journal!;
});

/** In-process peers a failed test would leave running (they keep the process alive). */
const cleanups: (() => Promise<void> | void)[] = [];

after(async () => {
  for (const c of cleanups.splice(0)) await Promise.resolve(c()).catch(() => undefined);
  await killAll();
});

describe('the API refuses bad requests clearly and stores nothing half', () => {
  test('api key: missing or unknown → 401 with a JSON body', async () => {
    const none = await fetch(`${c.url}/sessions/status/00000000-0000-0000-0000-000000000000`);
    assert.equal(none.status, 401);
    assert.equal(((await none.json()) as { code: string }).code, 'unauthorized');
    await expectError(new ApiClient(c.url, 'wrong').status('00000000-0000-0000-0000-000000000000'), 401, 'unauthorized');
    const health = await fetch(`${c.url}/health`);
    assert.equal(health.status, 200, 'health needs no key');
  });

  test('a bad ELF and a wrong image id are refused, and the image stays absent', async () => {
    const junk = Buffer.from('\x7fELF this is not a program at all'.padEnd(4096, '\0'));
    await expectError(api.uploadImage(imageId, junk), 400, 'invalid_guest');
    const other = (await prover.imageId(guestElf('panic'))).image_id;
    await expectError(api.uploadImage(other, readFileSync(guestElf('sha-chain'))), 400, 'image_id_mismatch');
    const again = await api.raw('GET', `/images/upload/${imageId}`);
    assert.equal(again.status, 200, 'no image was stored: the client is asked to upload again');
    await expectError(api.uploadImage('abc', readFileSync(guestElf('sha-chain'))), 400, 'bad_image_id');
  });

  test('an oversized input is refused and cannot start a session', async () => {
    const r = await api.raw('GET', '/inputs/upload');
    const { url, uuid } = (await r.json()) as { url: string; uuid: string };
    const put = await api.raw('PUT', url, Buffer.alloc(65537));
    assert.equal(put.status, 413);
    assert.equal(((await put.json()) as { code: string }).code, 'too_large');
    assert.ok(await api.uploadImage(imageId, readFileSync(guestElf('sha-chain'))));
    await expectError(api.createSession(imageId, uuid), 400, 'input_not_uploaded');
  });

  test('unknown sessions, images and inputs → 404; malformed bodies → 400', async () => {
    await expectError(api.status('6f9619ff-8b86-d011-b42d-00cf4fc964ff'), 404, 'not_found');
    await expectError(api.status('..%2F..%2Fetc%2Fpasswd'), 404, 'not_found');
    const malformed = await fetch(`${c.url}/images/upload/%E0%A4%A`);
    assert.equal(malformed.status, 400, 'a malformed escape is a bad request, not a crash');
    assert.equal((await fetch(`${c.url}/health`)).status, 200);
    await expectError(api.createSession('00'.repeat(32), '6f9619ff-8b86-d011-b42d-00cf4fc964ff'), 404, 'not_found');
    const bad = await api.raw('POST', '/sessions/create', '{not json', { 'content-type': 'application/json' });
    assert.equal(bad.status, 400);
    assert.equal(((await bad.json()) as { code: string }).code, 'bad_json');
    const input = await api.uploadInput(readFileSync(inputFile));
    await expectError(
      api.raw('POST', '/sessions/create', JSON.stringify({ img: imageId, input, assumptions: ['x'] })).then(async (r) => {
        if (!r.ok) throw new ApiClientError(r.status, (await r.json()) as object);
      }),
      400,
      'unsupported',
    );
  });
});

describe('sessions that end without proving', () => {
  before(async () => {
    await api.uploadImage(imageId, readFileSync(guestElf('sha-chain')));
  });

  test('execute_only: the journal and stats, no tasks', async () => {
    const input = await api.uploadInput(readFileSync(inputFile));
    const sid = await api.createSession(imageId, input, { executeOnly: true });
    const st = await api.wait(sid, { timeoutMs: 60_000, pollMs: 200 });
    assert.equal(st.status, 'SUCCEEDED', st.error_msg ?? '');
    assert.equal(st.stats?.segments, 3);
    const journal = await api.raw('GET', `/sessions/exec_only_journal/${sid}`);
    assert.equal(Buffer.from(await journal.arrayBuffer()).toString('hex'), expectedJournal);
    assert.equal((await api.job(sid)).tasks.length, 0);
  });

  test('a guest that panics → FAILED with the guest’s message, once', async () => {
    const elf = guestElf('panic');
    const id = (await prover.imageId(elf)).image_id;
    await api.uploadImage(id, readFileSync(elf));
    const sid = await api.createSession(id, await api.uploadInput(Buffer.alloc(0)));
    const st = await api.wait(sid, { timeoutMs: 60_000, pollMs: 200 });
    assert.equal(st.status, 'FAILED');
    assert.match(st.error_msg ?? '', /guest_panicked: .*deliberate failure/);
    assert.equal((await api.logs(sid)).match(/failed:/g)?.length, 1, 'no retries');
  });

  test('over the cycle limit → FAILED with the limit in the message', async () => {
    const sid = await api.createSession(imageId, await api.uploadInput(readFileSync(inputFile)), { cycleLimit: 20_000 });
    const st = await api.wait(sid, { timeoutMs: 60_000, pollMs: 200 });
    assert.equal(st.status, 'FAILED');
    assert.match(st.error_msg ?? '', /limit/i);
  });

  test('sessions/stop → ABORTED, its tasks withdrawn', async () => {
    const sid = await api.createSession(imageId, await api.uploadInput(readFileSync(inputFile)));
    await until('the segments to exist', async () => (await api.job(sid)).tasks.length === 3 || undefined, 60_000);
    await api.stop(sid);
    const st = await api.wait(sid, { timeoutMs: 30_000, pollMs: 200 });
    assert.equal(st.status, 'ABORTED');
    assert.match(st.error_msg ?? '', /stopped/);
    const st2 = await api.status(sid);
    assert.equal(st2.status, 'ABORTED', 'stays aborted');
  });
});

describe('proving through the coordinator', () => {
  before(() => {
    workers.a = startWorker(join(root, 'worker-a'), c.multiaddr, calibration);
    workers.b = startWorker(join(root, 'worker-b'), c.multiaddr, calibration);
  });

  test('a stock RISC Zero Bonsai client proves a guest; a forger is refused and banned; griefers, a liar and leeches gain nothing; a worker killed mid-task costs nothing', async () => {
    const forger = await Forger.start(c.multiaddr);
    // The adversary suite's fast subset (npm run test:adversary has the table): hostile peers at a
    // cold start, when nobody is verified yet. Leeches ask for the client's input and every blob of the job.
    const targets = new Set([createHash('sha256').update(readFileSync(inputFile)).digest('hex')]);
    const hostile = await swarm(c.multiaddr, 5, ['griefer', 'leech', 'liar', 'leech', 'griefer'], () => [...targets]);
    const learn = setInterval(async () => {
      // Best effort: a failed poll must not become an unhandled rejection in a later test.
      try {
        const running = ((await (await api.raw('GET', '/v1/jobs')).json()) as { id: string; status: string }[]).filter((j) => j.status === 'RUNNING');
        for (const j of running) for (const t of (await api.job(j.id)).tasks) for (const sha of [...t.inputs.map((i) => i.sha256), t.output_sha256]) if (sha) targets.add(sha);
      } catch {
        // the next poll tries again
      }
    }, 1000);
    cleanups.push(
      () => clearInterval(learn),
      () => forger.stop(),
      ...hostile.map((h) => () => h.stop()),
    );
    const started = Date.now();
    const host = new Promise<{ code: number; out: string; err: string }>((resolve) => {
      execFile(
        bonsaiHostBin(),
        ['--guest', guestElf('sha-chain'), '--input', inputFile],
        { env: { ...process.env, BONSAI_API_URL: c.url, BONSAI_API_KEY: KEY, NO_PROXY: '127.0.0.1,localhost', RISC0_DEV_MODE: '' }, timeout: 1_500_000 },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: stdout, err: stderr }),
      );
    });

    // Kill worker a while it proves (SIGKILL: no goodbye, the lease must come back by itself).
    const leasedLog = await until('worker a to take a task', () => workers.a!.logs.find((l) => l.msg === 'task leased'), 600_000);
    await new Promise((r) => setTimeout(r, 5000));
    await workers.a!.kill('SIGKILL');
    // It comes back with the same identity and joins again.
    workers.a = startWorker(join(root, 'worker-a'), c.multiaddr, calibration);

    const r = await host;
    assert.equal(r.code, 0, `bonsai-host failed: ${r.out} ${r.err.slice(-2000)}`);
    const res = JSON.parse(r.out.trim().split('\n').pop()!) as { image_id: string; journal: string; verified: boolean; prover: string };
    assert.equal(res.verified, true);
    assert.equal(res.image_id, imageId);
    assert.equal(res.journal, expectedJournal);
    await forger.stop();
    clearInterval(learn);
    for (const h of hostile) await h.stop();

    const jobs = (await (await api.raw('GET', '/v1/jobs')).json()) as { id: string; created_ms: number; status: string }[];
    const job = jobs.find((j) => j.created_ms >= started)!;
    assert.equal(job.status, 'SUCCEEDED');
    provedSession = job.id;
    const detail = await api.job(job.id);
    assert.equal(detail.segments, 3);
    assert.equal(detail.tasks.filter((t) => t.state === 'done').length, 5, '3 segments + 2 joins');

    // The receipt downloaded from the API verifies with a plain RISC Zero verifier.
    const st = await api.status(job.id);
    const receiptFile = join(root, 'receipt.bin');
    writeFileSync(receiptFile, await api.download(st.receipt_url!));
    assert.equal(await inputs.verifyWithStockRiscZero(receiptFile, imageId), expectedJournal);
    assert.deepEqual(st.stats, { segments: 3, total_cycles: st.stats!.total_cycles, cycles: st.stats!.cycles });

    // The forger: every result refused, then banned; its tasks were proved by honest workers.
    assert.ok(forger.results.length >= 2, `the forger got ${forger.results.length} leases`);
    for (const f of forger.results) assert.equal(f.accepted, false, `forged ${f.kind} (${f.forgery}) was accepted`);
    assert.match(forger.banned, /^banned/);
    const ws = await api.workers();
    const fw = ws.find((w) => w.peer === forger.peer)!;
    assert.ok(fw.banned && fw.rejected >= 2 && fw.reputation < 0.5, JSON.stringify(fw));
    for (const t of detail.tasks) assert.notEqual(t.worker, forger.peer);

    // The hostile peers: no result of theirs in the tree, no blob served to a leech, no honest worker blamed.
    const hostilePeers = new Set(hostile.map((h) => h.peer));
    for (const t of detail.tasks) assert.ok(!t.worker || !hostilePeers.has(t.worker), `${t.id} proved by a hostile peer`);
    const leeches = hostile.filter((h) => h.behaviour === 'leech');
    assert.ok(targets.size > 1, 'the leeches knew the job’s blobs');
    assert.equal(
      leeches.reduce((n, h) => n + h.stats.blobsGot, 0),
      0,
      'blobs served without a lease',
    );
    assert.ok(leeches.every((h) => h.stats.blobsRefused > 0));
    const griefs = hostile.filter((h) => h.behaviour === 'griefer').reduce((n, h) => n + h.stats.errorsSent, 0);
    const honest = ws.filter((w) => !hostilePeers.has(w.peer) && w.peer !== forger.peer);
    for (const w of honest) assert.ok(w.rejected === 0 && !w.banned, `honest ${w.peer} penalised: ${JSON.stringify(w)}`);
    for (const t of detail.tasks) for (const p of t.excluded) assert.ok(hostilePeers.has(p) || p === forger.peer, `${t.id} excludes honest ${p}`);
    assert.ok(
      detail.tasks.every((t) => t.attempts <= 2),
      `griefers (${griefs} errors) spent no job attempts: ${JSON.stringify(detail.tasks.map((t) => [t.id, t.attempts]))}`,
    );

    // The killed worker's task went back to the queue and was finished elsewhere.
    const logs = await api.logs(job.id);
    assert.match(logs, /back in the queue: lease lost/);
    assert.match(logs, /refused: (claim_mismatch|invalid_receipt|verification_failed)/);
    const metrics = await (await fetch(`${c.url}/metrics`)).text();
    const rejected = metrics
      .split('\n')
      .filter((l) => l.startsWith('wholesum_results_rejected_total'))
      .reduce((a, l) => a + Number(l.split(' ').pop()), 0);
    assert.ok(rejected >= forger.results.length, metrics);
    assert.ok(leasedLog);
  });

  test('snark: FAILED with the reason when no worker has a Groth16 backend; one that claims it gets the task', async () => {
    assert.ok(provedSession, 'needs the proved session of the test before');
    const s1 = await api.createSnark(provedSession);
    const r1 = await until(
      'snark 1 to end',
      async () => {
        const st = await api.snarkStatus(s1);
        return st.status !== 'RUNNING' ? st : undefined;
      },
      60_000,
      500,
    );
    assert.equal(r1.status, 'FAILED');
    assert.match(r1.error_msg ?? '', /no worker in the pool has a Groth16 backend/);

    const g16 = await Forger.start(c.multiaddr, { groth16: true, maxPo2: 0 });
    await until('the Groth16 peer to be in the pool', async () => (await api.workers()).some((w) => w.peer === g16.peer && w.live), 30_000);
    const s2 = await api.createSnark(provedSession);
    const r2 = await until(
      'snark 2 to end',
      async () => {
        const st = await api.snarkStatus(s2);
        return st.status !== 'RUNNING' ? st : undefined;
      },
      60_000,
      500,
    );
    await g16.stop();
    assert.deepEqual(
      g16.results.map((r) => [r.kind, r.accepted]),
      [['GROTH16', false]],
      'routed to the one Groth16 peer, whose non-Groth16 receipt was refused',
    );
    assert.match(g16.results[0]!.reason, /wrong_kind/);
    assert.equal(r2.status, 'FAILED');
    assert.match(r2.error_msg ?? '', /Groth16 backend/);
  });

  test('the coordinator is killed mid-job and restarted: the job completes without re-proving finished tasks', async () => {
    const input = await api.uploadInput(readFileSync(inputFile));
    const sid = await api.createSession(imageId, input);
    const before = await until(
      'a verified task',
      async () => {
        const d = await api.job(sid);
        const done = d.tasks.filter((t) => t.state === 'done').map((t) => t.id);
        return done.length > 0 && done.length < 5 ? done : undefined;
      },
      900_000,
      1000,
    );
    await c.kill('SIGKILL');
    const restartedAt = Date.now();
    c = await startCoordinator(coordDir, coordArgs);
    api = new ApiClient(c.url, KEY);
    const st = await api.wait(sid, { timeoutMs: 1_200_000, pollMs: 2000 });
    assert.equal(st.status, 'SUCCEEDED', st.error_msg ?? '');
    const receiptFile = join(root, 'receipt-restart.bin');
    writeFileSync(receiptFile, await api.download(st.receipt_url!));
    assert.equal(await inputs.verifyWithStockRiscZero(receiptFile, imageId), expectedJournal);

    // Leases after the restart: none for a task that was already verified.
    const lines = (await api.logs(sid)).split('\n');
    const leasedAfter = lines.filter((l) => Date.parse(l.slice(0, 24)) >= restartedAt && / leased to /.test(l)).map((l) => l.split(' ')[1]!);
    for (const id of before) assert.ok(!leasedAfter.includes(id), `${id} was verified before the restart but leased again: ${leasedAfter.join(',')}`);
    assert.ok(
      lines.some((l) => l.includes('resumed')),
      'the session was resumed',
    );
    const d = await api.job(sid);
    assert.equal(d.tasks.filter((t) => t.state === 'done').length, 5);
  });
});
