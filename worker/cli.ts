/**
 * `wholesum-worker`: size this machine, join the network, prove what the coordinator leases.
 * Run `wholesum-worker --help` for every flag and its environment variable.
 */
import { mkdir } from 'node:fs/promises';

import { prover } from '../native-prover/client/index.js';
import { createNode } from '../protocol/index.js';
import { type Calibration, loadOrCalibrate, size } from './calibration.js';
import { probeHardware } from './hardware.js';
import { createLogger } from '../common/index.js';
import { helpText, loadOptions, type WorkerOptions } from './options.js';
import { Worker } from './worker.js';

async function main(): Promise<number> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(helpText());
    return 0;
  }
  let opts: WorkerOptions;
  try {
    opts = loadOptions(process.argv.slice(2));
  } catch (e) {
    console.error(`wholesum-worker: ${(e as Error).message}\n\n${helpText()}`);
    return 2;
  }
  const log = createLogger('worker', opts.log);
  // Signals are handled from the start: during calibration they cancel it (no orphaned prover);
  // later they drain the worker; a second one forces the exit.
  const startup = new AbortController();
  let worker: Worker | undefined;
  let signals = 0;
  const onSignal = (sig: string) => {
    signals++;
    log.info(`${sig}: stopping`, { running: worker?.stats.current?.taskId });
    if (!worker) return startup.abort();
    if (!worker.stop() || signals > 1) setTimeout(() => process.exit(130), 5000).unref();
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  await mkdir(opts.dataDir, { recursive: true });
  const hardware = await probeHardware();
  const threads = opts.threads || hardware.cores;
  let calibration: Calibration;
  try {
    calibration = await loadOrCalibrate({ dataDir: opts.dataDir, threads, po2s: opts.calibratePo2s, nice: opts.nice, signal: startup.signal }, (m, f) => log.info(m, f));
  } catch (e) {
    if (startup.signal.aborted) return 0;
    throw e;
  }
  const sizing = size(calibration, opts.maxMemory, opts.maxPo2);
  if (!sizing.canAggregate) {
    log.error('not enough memory to take any task', {
      maxMemoryBytes: opts.maxMemory,
      neededBytes: Math.ceil(calibration.liftPeakRssBytes / 0.8),
      hint: 'lift and join need ~1.5 GB; raise --max-memory',
    });
    return 2;
  }
  const g16 = await prover.groth16Available().catch((e: Error) => ({ available: false, reason: e.message }));
  sizing.groth16 = g16.available;
  if (!g16.available) log.info('no Groth16 backend: this worker takes prove, lift and join tasks only', { reason: g16.reason });
  log.info('sized', { maxPo2: sizing.maxPo2, canAggregate: sizing.canAggregate, groth16: sizing.groth16, maxMemoryBytes: opts.maxMemory, threads, cpu: hardware.cpuModel });

  const node = await createNode({ role: 'worker', dataDir: opts.dataDir });
  log.info('peer identity', { peer: node.peerId.toString() });
  worker = new Worker({ ...opts, threads }, node, hardware, calibration, sizing, log);
  log.info('contributed so far', { ...worker.ledger.totals, summary: worker.ledger.summary() });
  if (startup.signal.aborted) worker.stop();
  await worker.run();
  await node.stop();
  log.info('stopped', { tasksDone: worker.stats.tasksDone, tasksFailed: worker.stats.tasksFailed, contributed: worker.ledger.summary() });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    const err = e as Error & { code?: string };
    process.stderr.write(`${JSON.stringify({ level: 'error', component: 'worker', msg: err.message, code: err.code ?? 'fatal' })}\n`);
    process.exit(1);
  },
);
