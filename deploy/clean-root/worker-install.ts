/**
 * `npm run test:clean-root:worker`: the operator's first hour, measured where an operator starts.
 * In a fresh Debian minbase root (no Rust, no compiler, no Node, no checkout) it copies in the
 * bundle `npm run package` builds, then: unpack + `install.sh` → start the worker as its systemd
 * unit would → the coordinator (on the host's loopback) sees its first work request → it proves a
 * real one-segment job → restart (calibration must not run again) → `uninstall.sh --purge`.
 * Needs root. Writes the measured times to deploy/clean-root/RESULTS-worker.md.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

import { ApiClient } from '../../coordinator/api/client.js';
import { freePort, killAll, startCoordinator, until } from '../../coordinator/test/cluster.js';
import { guestElf } from '../../native-prover/client/paths.js';
import * as inputs from '../../native-prover/client/inputs.js';
import * as prover from '../../native-prover/client/prover.js';
import { buildPackage } from '../package/build.js';
import { freshRoot, inRoot, rootCommand, SUITE } from './root.js';

const here = import.meta.dirname;
const KEY = 'clean-root-key';
const log = (l: string) => console.log(`[clean-root] ${l}`);
const secs = (ms: number) => Math.round(ms / 100) / 10;

function startWorker(root: string): { proc: ChildProcess; lines: string[] } {
  const lines: string[] = [];
  // Exactly what the unit runs: as `wholesum`, with /etc/wholesum/worker.env as the environment.
  const [cmd, args] = rootCommand(root, "exec runuser -u wholesum -- env $(grep -v '^#' /etc/wholesum/worker.env | xargs) /opt/wholesum-worker/bin/wholesum-worker");
  const proc = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  for (const s of [proc.stdout!, proc.stderr!]) s.on('data', (d: Buffer) => lines.push(...d.toString().split('\n').filter(Boolean)));
  return { proc, lines };
}

async function stop(w: { proc: ChildProcess }): Promise<void> {
  if (w.proc.exitCode !== null) return;
  const exited = new Promise((r) => w.proc.once('exit', r));
  w.proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
  w.proc.kill('SIGKILL');
}

async function main(): Promise<void> {
  assert.equal(process.getuid?.(), 0, 'run as root: a clean root needs debootstrap and chroot');
  const work = join(tmpdir(), `wholesum-clean-root-${process.pid}`);
  log('building the bundle (npm run package)…');
  const pkg = await buildPackage({ out: join(work, 'dist'), bundleNode: true });
  const root = freshRoot('/var/tmp/wholesum-clean-root/worker', log);
  assert.ok(!existsSync(join(root, 'usr', 'bin', 'node')) && !existsSync(join(root, 'usr', 'bin', 'cc')), 'the root must start without Node or a compiler');
  copyFileSync(pkg.tarball, join(root, 'root', basename(pkg.tarball)));

  const port = await freePort();
  const c = await startCoordinator(join(work, 'coordinator'), ['--api-keys', KEY, '--listen', `/ip4/127.0.0.1/tcp/${port}`, '--segment-po2', '16', '--log', 'json']);
  const api = new ApiClient(c.url, KEY);

  const t0 = Date.now();
  const install = inRoot(root, `cd /root && tar -xzf ${basename(pkg.tarball)} && ./wholesum-worker-${pkg.version}-linux-x64/install.sh --coordinator ${c.multiaddr}`, { capture: true });
  assert.equal(install.status, 0, install.stdout);
  const installed = Date.now();
  log(`installed in ${secs(installed - t0)} s: ${install.stdout.trim().split('\n').join(' | ')}`);

  let w = startWorker(root);
  const first = await until('the bundled worker asks for work', async () => (await api.workers()).find((x) => x.live), 600_000, 500);
  const firstRequest = Date.now();
  assert.ok(
    w.lines.some((l) => l.includes('no calibration yet')),
    'a first start calibrates',
  );
  log(`first work request ${secs(firstRequest - t0)} s after the file (install ${secs(installed - t0)} s, then calibration and start), peer ${first.peer}`);

  // A real job, proved by the bundled prover: sha-chain at po2 16 (po2 14 splits it into segments below the minimum).
  const elf = guestElf('sha-chain');
  const imageId = (await prover.imageId(elf)).image_id;
  await api.uploadImage(imageId, readFileSync(elf));
  const inputFile = join(work, 'sha-1.bin');
  const expected = (await inputs.shaChain(1, inputFile)).journal!;
  const jobStart = Date.now();
  const sid = await api.createSession(imageId, await api.uploadInput(readFileSync(inputFile)));
  const status = await api.wait(sid, { timeoutMs: 900_000 });
  assert.equal(status.status, 'SUCCEEDED', JSON.stringify(status));
  const proved = Date.now();
  const receiptFile = join(work, 'receipt.bin');
  writeFileSync(receiptFile, await api.download(status.receipt_url!));
  assert.equal(await inputs.verifyWithStockRiscZero(receiptFile, imageId), expected, 'a stock verifier accepts the receipt and its journal is the one sha-chain must commit');
  log(`job ${sid} SUCCEEDED in ${secs(proved - jobStart)} s; a stock RISC Zero verifier accepts the receipt, journal ${expected.slice(0, 16)}…`);
  const worker = (await api.workers()).find((x) => x.peer === first.peer)!;
  assert.ok(worker.accepted >= 1, 'the bundled worker proved it');

  await stop(w);
  const restart = Date.now();
  w = startWorker(root);
  await until('the restarted worker asks for work again', async () => w.lines.some((l) => l.includes('sized')) && (await api.workers()).find((x) => x.live && x.peer === first.peer), 120_000, 250);
  const again = Date.now();
  assert.ok(!w.lines.some((l) => l.includes('no calibration yet') || l.includes('calibration is stale')), 'a restart reuses the calibration');
  log(`restart: asking for work again after ${secs(again - restart)} s, no recalibration`);
  await stop(w);

  const un = inRoot(root, '/opt/wholesum-worker/uninstall.sh --purge && ! test -e /opt/wholesum-worker && ! test -e /var/lib/wholesum-worker && ! id wholesum', { capture: true });
  assert.equal(un.status, 0, un.stdout);
  log(`uninstall --purge: ${un.stdout.trim()}`);

  const results = `# The operator's first hour in a clean root (measured)

Written by \`npm run test:clean-root:worker\` on ${new Date().toISOString().slice(0, 10)}: a fresh Debian ${SUITE} minbase root (debootstrap; no Node, no
Rust, no compiler), the bundle from \`npm run package\` copied in, a coordinator on the host's loopback.

| step | seconds |
|---|---|
| unpack + \`install.sh\` | ${secs(installed - t0)} |
| file → first work request (install, calibration at po2 14 and 16 with one lift, start) | ${secs(firstRequest - t0)} |
| a sha-chain job (po2 16) proved by that worker, submit → SUCCEEDED | ${secs(proved - jobStart)} |
| restart → work request again (calibration reused) | ${secs(again - restart)} |

Bundle: \`${basename(pkg.tarball)}\`, ${(pkg.bytes / 2 ** 20).toFixed(1)} MiB (${readFileSync(join(pkg.dir, 'VERSION'), 'utf8').trim()}).
`;
  writeFileSync(join(here, 'RESULTS-worker.md'), results);
  log('wrote deploy/clean-root/RESULTS-worker.md');
}

main().then(
  async () => {
    await killAll();
    process.exit(0);
  },
  async (e) => {
    console.error(e);
    await killAll();
    process.exit(1);
  },
);
