/**
 * A real `wholesum-worker` process, real libp2p on loopback, the real prover: a coordinator-side
 * test peer leases segments and a join, and checks what comes back against the claims execution
 * predicted. Then the failure paths: po2 above the worker's max, a corrupt blob, a killed prover,
 * a cancelled task, and SIGTERM mid-task.
 */
import assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createInterface } from 'node:readline';

import * as inputs from '../../native-prover/client/inputs.js';
import { guestElf } from '../../native-prover/client/paths.js';
import * as prover from '../../native-prover/client/prover.js';
import type { SegmentEvent } from '../../native-prover/client/types.js';
import { requireBuilt, tempDir } from '../../native-prover/test/helpers.js';
import { TaskKind } from '../../protocol/index.js';
import { loadOrCalibrate, size } from '../calibration.js';
import { TestCoordinator } from './test-coordinator.js';

const GiB = 2 ** 30;
const CAP = 2 * GiB; // 80 % = 1.6 GiB: lift (~1.45 GB) and po2 16-17 fit, po2 18 (~2.4 GB) does not
const root = tempDir('worker');
// The cache the cluster tests share (coordinator/test/cluster.ts): a calibration is ~2 min of proving,
// and loadOrCalibrate re-measures whenever the prover version or the po2 list differs.
const calibrationDir = join(homedir(), '.cache', 'wholesum', 'test-calibration');
let tc: TestCoordinator;
const segs: SegmentEvent[] = [];
let bigSeg: SegmentEvent;
const workers: ChildProcess[] = [];

interface RunningWorker {
  proc: ChildProcess;
  logs: Record<string, unknown>[];
  exited: Promise<number | null>;
}

function startWorker(name: string, extra: string[] = []): RunningWorker {
  const dataDir = join(root, name);
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(join(calibrationDir, 'calibration.json'), join(dataDir, 'calibration.json'));
  const proc = spawn(
    process.execPath,
    ['bin/wholesum-worker.js', '--coordinator', tc.addr, '--data-dir', dataDir, '--max-memory', String(CAP), '--threads', '2', '--log', 'json', '--nice', '0', ...extra],
    { stdio: ['ignore', 'inherit', 'pipe'] },
  );
  workers.push(proc);
  const logs: Record<string, unknown>[] = [];
  createInterface({ input: proc.stderr! }).on('line', (l) => {
    try {
      logs.push(JSON.parse(l) as Record<string, unknown>);
    } catch {
      logs.push({ raw: l });
    }
  });
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  return { proc, logs, exited };
}

const segmentBlob = (s: SegmentEvent) => ({ segment: readFileSync(s.file) });
let n = 0;
const lease = (kind: TaskKind, po2: number, expectedClaim = '') => ({
  taskId: `test/${kind}/${n++}`,
  jobId: 'test',
  kind,
  po2,
  inputs: [],
  leaseDeadlineMs: Date.now() + 600_000,
  heartbeatIntervalMs: 1000,
  expectedClaim,
});

/** Total RSS of the prover processes running under a data dir right now. */
function proverRss(dataDir: string): number {
  try {
    const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((l) => l.includes('wholesum-prover') && l.includes(dataDir))
      .reduce((a, l) => a + Number(l.trim().split(/\s+/)[0]) * 1024, 0);
  } catch {
    return 0;
  }
}

before(async () => {
  requireBuilt();
  const input = join(root, 'sha.bin');
  await inputs.shaChain(100, input);
  await prover.execute({ guest: guestElf('sha-chain'), input, outDir: join(root, 'segs'), po2: 16, onSegment: (s) => segs.push(s) });
  const big = join(root, 'sha-big.bin');
  await inputs.shaChain(20000, big);
  const bigSegs: SegmentEvent[] = [];
  await prover.execute({ guest: guestElf('sha-chain'), input: big, outDir: join(root, 'segs18'), po2: 18, onSegment: (s) => bigSegs.push(s) });
  bigSeg = bigSegs[0]!;
  assert.equal(bigSeg.po2, 18);
  // Calibrate once per machine, as a worker would on first start, and share the cache between the test workers.
  mkdirSync(calibrationDir, { recursive: true });
  const cal = await loadOrCalibrate({ dataDir: calibrationDir, threads: 2, po2s: [14, 16], nice: 0 }, () => {});
  const sizing = size(cal, CAP, 'auto');
  assert.ok(sizing.maxPo2 >= 16 && sizing.maxPo2 < 18, `a ${CAP / GiB} GiB cap allows po2 ${sizing.maxPo2}`);
  tc = await TestCoordinator.start();
});

after(async () => {
  for (const w of workers) w.kill('SIGKILL');
  await tc?.stop();
});

describe('a real worker process', () => {
  let w: RunningWorker;
  const lifted: string[] = [];

  before(() => {
    w = startWorker('main');
  });

  test('advertises its measured capacity', async () => {
    while (tc.workRequests.length === 0) await new Promise((r) => setTimeout(r, 100));
    const cap = tc.workRequests[0]!.capacity!;
    assert.ok(Number(cap.maxPo2) >= 16 && Number(cap.maxPo2) < 18);
    assert.equal(cap.canAggregate, true);
    assert.equal(Number(cap.memoryBudgetBytes), CAP);
    assert.ok((cap.speeds ?? []).some((s) => s.po2 === 16 && s.measured));
    assert.match(cap.proverVersion ?? '', /wholesum-prover/);
  });

  test('proves and lifts leased segments; each receipt verifies against the predicted claim, under the memory cap', async () => {
    for (const s of segs.slice(0, 2)) {
      let sampledPeak = 0;
      const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, proverRss(join(root, 'main')))), 250);
      const out = await tc.offer({ lease: lease(TaskKind.PROVE_LIFT, s.po2, s.claim_digest), blobs: segmentBlob(s) });
      clearInterval(sampler);
      assert.equal(out.result.error, null, JSON.stringify(out.result.error));
      assert.equal(out.result.claimDigest, s.claim_digest);
      const file = join(root, `lift-${s.index}.bin`);
      writeFileSync(file, out.output!);
      const v = await prover.verify({ receipt: file, claim: s.claim_digest });
      assert.equal(v.kind, 'succinct');
      lifted.push(file);
      const reported = Number(out.result.peakRssBytes);
      assert.ok(reported > 0.3e9 && reported < CAP, `reported peak ${reported}`);
      assert.ok(sampledPeak > 0 && sampledPeak < CAP, `sampled prover RSS ${sampledPeak} under the ${CAP} cap`);
      assert.ok(Number(out.result.timings?.proveSeconds) > 0 && Number(out.result.timings?.liftSeconds) > 0);
    }
  });

  test('joins two lifted receipts; the join verifies and spans both segments', async () => {
    const out = await tc.offer({ lease: lease(TaskKind.JOIN, 0), blobs: { left: readFileSync(lifted[0]!), right: readFileSync(lifted[1]!) } });
    assert.equal(out.result.error, null, JSON.stringify(out.result.error));
    const file = join(root, 'join.bin');
    writeFileSync(file, out.output!);
    const v = await prover.verify({ receipt: file, claim: out.result.claimDigest });
    assert.equal(v.pre_state, segs[0]!.pre_state);
    assert.equal(v.post_state, segs[1]!.post_state);
  });

  test('the ledger counts the verified work the coordinator accepted, on disk for the next start', async () => {
    const file = join(root, 'main', 'ledger.json');
    let totals: { accepted: Record<string, number>; segmentCycles: number } | undefined;
    for (let i = 0; i < 50 && totals?.accepted.join !== 1; i++) {
      await new Promise((r) => setTimeout(r, 100));
      totals = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
    }
    assert.deepEqual(totals?.accepted, { prove_lift: 2, join: 1 });
    assert.equal(totals?.segmentCycles, 2 * 2 ** 16);
  });

  test('a segment above its max po2 is refused before any proving starts', async () => {
    const started = Date.now();
    const out = await tc.offer({ lease: lease(TaskKind.PROVE_LIFT, 18, bigSeg.claim_digest), blobs: segmentBlob(bigSeg) });
    assert.equal(out.result.error?.code, 'po2_too_large');
    assert.equal(out.output, undefined);
    assert.ok(Date.now() - started < 10_000, 'refused at once');
  });

  test('a segment that lies about its po2 is still refused by the prover before proving', async () => {
    const out = await tc.offer({ lease: lease(TaskKind.PROVE_LIFT, 16, bigSeg.claim_digest), blobs: segmentBlob(bigSeg) });
    assert.equal(out.result.error?.code, 'po2_too_large');
  });

  test('a blob whose sha256 does not match is rejected', async () => {
    const s = segs[2]!;
    const out = await tc.offer({ lease: lease(TaskKind.PROVE_LIFT, s.po2, s.claim_digest), blobs: segmentBlob(s), corrupt: ['segment'] });
    assert.equal(out.result.error?.code, 'blob_corrupt');
    assert.equal(out.result.error?.retryable, true);
  });

  test('killing the prover mid-task yields a typed failure, and the worker lives on', async () => {
    const s = segs[2]!;
    let killed = false;
    const out = await tc.offer({
      lease: lease(TaskKind.PROVE_LIFT, s.po2, s.claim_digest),
      blobs: segmentBlob(s),
      onHeartbeat: (hb) => {
        if (hb.stage === 'proving' && !killed) {
          killed = true;
          execFileSync('pkill', ['-KILL', '-f', `wholesum-prover prove --segment ${join(root, 'main')}`]);
        }
      },
    });
    assert.ok(killed);
    assert.equal(out.result.error?.code, 'prover_killed');
    assert.equal(out.result.error?.retryable, true);
    const before = tc.workRequests.length;
    while (tc.workRequests.length === before) await new Promise((r) => setTimeout(r, 100));
    assert.equal(w.proc.exitCode, null, 'the worker is still running');
  });

  test('a task the coordinator cancels stops proving and is reported as cancelled', async () => {
    const s = segs[2]!;
    const out = await tc.offer({ lease: lease(TaskKind.PROVE_LIFT, s.po2, s.claim_digest), blobs: segmentBlob(s), cancelAfterHeartbeats: 2 });
    assert.equal(out.result.error?.code, 'cancelled');
  });

  test('SIGTERM mid-task hands the task back cleanly and exits 0', async () => {
    const s = segs[2]!;
    const drain = startWorker('drain', ['--drain-timeout-ms', '500']);
    w.proc.kill('SIGKILL'); // only the draining worker may take this task
    let signalled = false;
    const out = await tc.offer({
      lease: lease(TaskKind.PROVE_LIFT, s.po2, s.claim_digest),
      blobs: segmentBlob(s),
      onHeartbeat: (hb) => {
        if (hb.stage === 'proving' && !signalled) {
          signalled = true;
          drain.proc.kill('SIGTERM');
        }
      },
    });
    assert.equal(out.result.error?.code, 'handed_back');
    assert.equal(out.result.error?.retryable, true);
    assert.equal(await drain.exited, 0);
  });
});
