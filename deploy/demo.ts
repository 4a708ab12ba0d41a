/**
 * `npm run demo`: the whole network on this machine. Builds what is missing, starts a
 * `wholesum-coordinator` and two `wholesum-worker`s, proves the rollup-batch sample through the
 * public (Bonsai-compatible) API, checks the receipt with a stock RISC Zero verifier, and prints the
 * verified journal and the per-stage latency.
 *
 *   npm run demo [-- --transfers T] [--accounts A] [--seed S] [--workers N] [--segment-po2 P] [--data-dir D] [--record F]
 * Every flag is also an environment variable: WHOLESUM_DEMO_TRANSFERS, WHOLESUM_DEMO_ACCOUNTS, ...
 *
 * A signed transfer is ~133 k cycles (secp256k1 on the bigint2 accelerator; bench/results/rollup-cycles.md).
 * The default, 2 transfers at po2 18, is 2 segments (one per worker) and a join. `--segment-po2 0`
 * lets the coordinator plan it like any job: a preflight executes it at each candidate po2 (a
 * fraction of a second) and the po2 its latency model predicts fastest on the live pool is chosen;
 * the demo keeps po2 18 until a recorded run shows the planner choosing it. `--segment-po2 P` fixes
 * it. `--record F` writes the run's measured times to F (the README's demo figures come from
 * deploy/results/demo.md, written so).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { guestElf, isBuilt, nativeProverDir } from '../native-prover/client/paths.js';
import * as inputs from '../native-prover/client/inputs.js';
import * as prover from '../native-prover/client/prover.js';
import { startCluster, waitForWorkers, type Cluster } from './cluster.js';
import type { JobDetail } from '../coordinator/api/client.js';
import { progressLine } from './progress.js';
import { ensureSystemPackages } from './system-packages.js';

const defaults = { transfers: '2', accounts: '8', seed: '1', workers: '2', 'segment-po2': '18', record: '', 'data-dir': join(tmpdir(), `wholesum-demo-${process.pid}`) };
type Key = keyof typeof defaults;
const { values } = parseArgs({ options: Object.fromEntries(Object.keys(defaults).map((k) => [k, { type: 'string' as const }])) });
const get = (k: Key): string => (values[k] as string | undefined) ?? process.env[`WHOLESUM_DEMO_${k.toUpperCase().replaceAll('-', '_')}`] ?? defaults[k];
const log = (line: string) => console.log(`[demo] ${line}`);

let cluster: Cluster | undefined;

const started = Date.now();
let buildSeconds: number | undefined;

async function main(): Promise<void> {
  // Before the build: a missing redis-server must stop the demo now, not after a 40-minute compile.
  ensureSystemPackages();
  const dataDir = get('data-dir');
  mkdirSync(dataDir, { recursive: true });
  if (!isBuilt()) {
    log('building the native prover and the guests (first run: 20-40 min on 2 cores)…');
    const buildStarted = Date.now();
    const r = spawnSync(join(nativeProverDir, 'build.sh'), { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the build failed; see above');
    buildSeconds = (Date.now() - buildStarted) / 1000;
  }
  log('starting a coordinator and the workers (the first run calibrates this machine: a few minutes)…');
  const po2 = Number(get('segment-po2'));
  cluster = await startCluster({ dataDir, workers: Number(get('workers')), log, coordinatorArgs: po2 ? ['--segment-po2', String(po2)] : [] });
  const calibrationSeconds = cluster.calibrationSeconds;
  const api = cluster.api;
  // The planner sizes the job for the pool it sees: all the workers, not the first to finish starting.
  await waitForWorkers(api, Number(get('workers')));
  const elf = guestElf('rollup-batch');
  const { image_id: imageId } = await prover.imageId(elf);
  await api.uploadImage(imageId, readFileSync(elf));
  const inputFile = join(dataDir, 'batch.bin');
  const expected = await inputs.rollupBatch({ accounts: Number(get('accounts')), transfers: Number(get('transfers')), seed: Number(get('seed')), out: inputFile });
  const input = await api.uploadInput(readFileSync(inputFile));
  const sid = await api.createSession(imageId, input);
  log(`session ${sid}: rollup-batch, ${get('transfers')} transfer(s) over ${get('accounts')} accounts, image ${imageId.slice(0, 16)}…`);

  // The join tree filling in, with the coordinator's ETA: printed when it changes (a TTY rewrites
  // one line in place; a log gets a line per change).
  const tty = process.stdout.isTTY === true;
  let last = '';
  const show = (job: JobDetail) => {
    const shape = progressLine({ ...job, eta_seconds: null, stage_started_ms: {} });
    if (tty) process.stdout.write(`\r\x1b[2K[demo] ${progressLine(job)}`);
    else if (shape !== last) log(progressLine(job));
    last = shape;
  };
  const st = await api.wait(sid, { pollMs: 2000, onStatus: () => void api.job(sid).then(show, () => {}) });
  if (tty) process.stdout.write('\n');
  if (st.status !== 'SUCCEEDED') throw new Error(`the session ended ${st.status}: ${st.error_msg}`);
  const receiptFile = join(dataDir, 'receipt.bin');
  writeFileSync(receiptFile, await api.download(st.receipt_url!));
  const journal = await inputs.verifyWithStockRiscZero(receiptFile, imageId);
  const job = await api.job(sid);
  log(`receipt verified by a stock RISC Zero verifier against image ${imageId}`);
  log(`journal: old root ${journal.slice(0, 64)}`);
  const rootMatches = journal.slice(64, 128) === expected.new_root;
  log(`         new root ${journal.slice(64, 128)}${rootMatches ? ' (= the native state transition)' : ' (DIFFERS from the native state transition!)'}`);
  log(`         batch    ${journal.slice(128, 192)}`);
  log(`segments: ${job.segments} at po2 ${job.po2}, ${st.stats?.cycles} user / ${st.stats?.total_cycles} total cycles`);
  log(
    `latency per stage (s): ${Object.entries(job.stage_seconds)
      .map(([k, v]) => `${k} ${v === null ? '-' : v.toFixed(1)}`)
      .join(' · ')}`,
  );
  log(`receipt: ${receiptFile}`);
  if (!rootMatches) process.exitCode = 1;
  const total = (Date.now() - started) / 1000;
  log(
    `whole demo: ${total.toFixed(0)} s (start, ${buildSeconds === undefined ? '' : `build ${buildSeconds.toFixed(0)} s, `}${calibrationSeconds ? `calibration ${calibrationSeconds.toFixed(0)} s, ` : ''}job ${(job.stage_seconds.total ?? 0).toFixed(0)} s, check)`,
  );
  if (get('record')) {
    const stages = Object.entries(job.stage_seconds).map(([k, v]) => `| job: ${k} | ${v === null ? '–' : v.toFixed(1)} |`);
    const record = [
      '# npm run demo (measured)',
      '',
      `Written by \`npm run demo -- --record\` on ${new Date().toISOString().slice(0, 10)}, ${availableParallelism()} cores: ${get('workers')} workers, rollup-batch ${get('transfers')} transfers over ${get('accounts')} accounts, ${job.segments} segment(s) at po2 ${job.po2}, ${st.stats?.cycles} user cycles; the receipt verified by receipt-check, new root = the native state transition: ${rootMatches}.`,
      '',
      '| | seconds |',
      '|---|---:|',
      `| whole command (start${buildSeconds === undefined ? '' : ', build'}${calibrationSeconds ? ', first-run calibration' : ''}, job, check) | ${total.toFixed(0)} |`,
      ...(buildSeconds === undefined ? [] : [`| build (native prover and guests) | ${buildSeconds.toFixed(0)} |`]),
      ...(calibrationSeconds ? [`| calibration (once per machine and prover build) | ${calibrationSeconds.toFixed(0)} |`] : []),
      ...stages,
    ];
    writeFileSync(get('record'), `${record.join('\n')}\n`);
    log(`recorded in ${get('record')}`);
  }
}

main()
  .catch((e: Error) => {
    console.error(`[demo] failed: ${e.message}`);
    process.exitCode = 1;
  })
  .finally(() => cluster?.stop());
process.on('SIGINT', () => void (cluster?.stop() ?? Promise.resolve()).then(() => process.exit(130)));
