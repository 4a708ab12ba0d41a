/**
 * `npm run bench`: Wholesum against RISC Zero's own single-machine prover, side by side in one run.
 * For each rollup-batch job size it proves the job with `wholesum-prover prove-local` (LocalProver,
 * succinct, all cores), then through a local cluster (coordinator + N workers splitting the same
 * cores) for each worker count, and reports per stage, the run's own lower bound (critical path or
 * work ÷ slots, whichever is larger), and the ratios latency / bound and Wholesum / local; the local
 * prover also runs at RISC Zero's default po2, what a user would run instead. Writes Markdown, JSON
 * and SVG plots.
 *
 *   npm run bench [-- --quick] [--accounts 8,16] [--workers 1,2] [--po2 16] [--out bench/results]
 * Every flag is also an environment variable: WHOLESUM_BENCH_ACCOUNTS, WHOLESUM_BENCH_WORKERS, ...
 * --quick: one 2-segment job, 1 and 2 workers (about 15 min on 2 cores).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { isBuilt } from '../native-prover/client/paths.js';
import { startCluster, waitForWorkers, type Cluster } from '../deploy/cluster.js';
import { RISC0_DEFAULT_PO2, runLocal, runOnCluster, type BenchJob } from './jobs.js';
import { machine, writeReport, type BenchReport } from './report.js';

const defaults = { quick: '', accounts: '8,16', workers: '1,2', po2: '16', out: join('bench', 'results') };
type Key = keyof typeof defaults;
const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, accounts: { type: 'string' }, workers: { type: 'string' }, po2: { type: 'string' }, out: { type: 'string' } },
});
const get = (k: Key): string => {
  const v = values[k];
  if (v !== undefined) return String(v);
  return process.env[`WHOLESUM_BENCH_${k.toUpperCase()}`] ?? defaults[k];
};
const quick = get('quick') === 'true' || get('quick') === '1';
const accounts = (quick ? '8' : get('accounts')).split(',').map(Number);
const workerCounts = get('workers').split(',').map(Number);
const po2 = Number(get('po2'));
const log = (l: string) => console.error(`[bench] ${l}`);

if (!isBuilt()) {
  console.error('native binaries missing: run `npm run setup` first');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'wholesum-bench-'));
const jobs: BenchJob[] = accounts.map((a) => ({ guest: 'rollup-batch', accounts: a, transfers: 0, seed: 1 }));
const report: BenchReport = { mode: quick ? 'quick' : 'full', date: new Date().toISOString(), machine: machine(), po2, local: [], cluster: [] };
const started = Date.now();

const out = get('out');
mkdirSync(out, { recursive: true });
// The report is rewritten after every run: a failure late in a long bench keeps what was measured.
const save = () => {
  report.benchSeconds = (Date.now() - started) / 1000;
  return writeReport(report, out);
};
let cluster: Cluster | undefined;
const interrupted = async () => {
  await cluster?.stop();
  process.exit(130);
};
process.on('SIGINT', () => void interrupted());
process.on('SIGTERM', () => void interrupted());

try {
  for (const j of jobs) {
    log(`local prover: ${j.accounts} accounts at po2 ${po2}…`);
    const r = await runLocal(j, po2, work);
    report.local.push({ job: j, ...r });
    save();
    log(`  ${r.seconds.toFixed(1)} s, ${r.segments} segments`);
    if (po2 !== RISC0_DEFAULT_PO2) {
      log(`local prover at RISC Zero's default po2 ${RISC0_DEFAULT_PO2}: ${j.accounts} accounts…`);
      const d = await runLocal(j, RISC0_DEFAULT_PO2, work);
      report.localDefault = [...(report.localDefault ?? []), { job: j, ...d }];
      save();
      log(`  ${d.seconds.toFixed(1)} s, ${d.segments} segments`);
    }
  }
  for (const n of workerCounts) {
    cluster = await startCluster({ dataDir: join(work, `cluster-${n}`), workers: n, coordinatorArgs: ['--segment-po2', String(po2)], log });
    try {
      await waitForWorkers(cluster.api, n);
      for (const j of jobs) {
        log(`cluster, ${n} worker(s) × ${cluster.threads} thread(s): ${j.accounts} accounts…`);
        const r = await runOnCluster(cluster.api, j, work, n, log);
        report.cluster.push({ job: j, workers: n, threads: cluster.threads, ...r });
        save();
        log(
          `  ${r.analysis.latencySeconds.toFixed(1)} s (bound ${r.analysis.boundSeconds.toFixed(1)} s: critical path ${r.analysis.criticalPathSeconds.toFixed(1)}, work ÷ slots ${r.analysis.workBoundSeconds.toFixed(1)})`,
        );
      }
    } finally {
      await cluster.stop();
      cluster = undefined;
    }
  }
  const files = save();
  process.stdout.write(files.markdown);
  log(`wrote ${files.paths.join(', ')} (${(report.benchSeconds! / 60).toFixed(1)} min)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
