/**
 * `npm run simulate`: the scaling simulator.
 *
 *   npm run simulate -- validate [--bench F.json ...]     predict every bench run from the others
 *   npm run simulate -- table [--cycles 1e9]              workers needed per hardware class (5 min, 1 h)
 *   npm run simulate -- predict --cycles C --workers N [--class I] [--crash-rate R] [--straggler-rate R]
 *   npm run simulate -- planner [--cycles 1e9] [--workers 1,10,100,1000]   the planner's po2 against brute force
 *
 * Flags are also environment variables (WHOLESUM_SIM_CYCLES, ...). By default it calibrates from
 * every bench/results/bench-*.json of this machine and the cached calibrations of 1 and 2 threads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { calibrationDir } from '../../deploy/cluster.js';
import type { BenchReport } from '../report.js';
import { floorSeconds, simulate } from './engine.js';
import { fit, readCalibration, validate, type CalibrationFile, type Fitted } from './fit.js';
import { classFrom, HARDWARE, measuredScaling } from './hardware.js';
import { NO_FAULTS, RUST_GUEST_INFLATION, tableInflation, type Scenario, type WorkerClass } from './model.js';
import { loadOptions } from '../../coordinator/options.js';
import { candidatePo2s } from '../../coordinator/planner.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    bench: { type: 'string', multiple: true },
    cycles: { type: 'string' },
    workers: { type: 'string' },
    class: { type: 'string' },
    'crash-rate': { type: 'string' },
    'straggler-rate': { type: 'string' },
    'execute-hz': { type: 'string' },
    'hedge-after': { type: 'string' },
    'preflight-cycles': { type: 'string' },
  },
});
const opt = (k: keyof typeof values, d: string): string => {
  const v = values[k];
  if (typeof v === 'string') return v;
  return process.env[`WHOLESUM_SIM_${k.toUpperCase().replace('-', '_')}`] ?? d;
};

const resultsDir = join('bench', 'results');
const benchFiles =
  (values.bench as string[] | undefined) ??
  (existsSync(resultsDir)
    ? readdirSync(resultsDir)
        .filter((f) => /^bench-.*\.json$/.test(f))
        .map((f) => join(resultsDir, f))
    : []);
const reports = benchFiles.map((f) => ({ file: f, report: JSON.parse(readFileSync(f, 'utf8')) as BenchReport }));
const calFor = (threads: number): CalibrationFile => {
  const p = join(calibrationDir(threads), 'calibration.json');
  if (!existsSync(p)) throw new Error(`no calibration for ${threads} thread(s) at ${p}: run \`npm run cluster -- --threads ${threads}\` (or the bench) once`);
  return readCalibration(p);
};
const pct = (e: number) => `${e >= 0 ? '+' : ''}${(e * 100).toFixed(1)} %`;

function commandValidate(): void {
  if (reports.length === 0) throw new Error('no bench results to validate against: run `npm run bench` first');
  const all = reports.map((r) => r.report);
  console.log('| bench | job | workers | measured s | predicted s | error |');
  console.log('|---|---|---|---|---|---|');
  const errors: number[] = [];
  for (const { file, report } of reports) {
    for (const v of validate(report, all, calFor)) {
      errors.push(Math.abs(v.error));
      console.log(
        `| ${file.split('/').pop()} | ${v.run.job.accounts} accounts, ${v.run.analysis.segments} seg | ${v.run.workers} × ${v.run.threads}t | ${v.run.analysis.latencySeconds.toFixed(1)} | ${v.predicted.latencySeconds.toFixed(1)} | ${pct(v.error)} |`,
      );
    }
  }
  const mae = errors.reduce((a, b) => a + b, 0) / errors.length;
  console.log(`\nleave-one-out over ${errors.length} runs: mean |error| ${(mae * 100).toFixed(1)} %, max ${(Math.max(...errors) * 100).toFixed(1)} %`);
}

/** The overheads measured in the bench, with execution speed and byte sizes for real networks. */
function tableModel(): { fitted: Fitted; classes: WorkerClass[] } {
  const runs = reports.flatMap((r) => r.report.cluster.filter((c) => !c.network));
  if (runs.length === 0) throw new Error('no bench results to calibrate from: run `npm run bench` first');
  const fitted = fit(runs, calFor);
  // A bench job is too small to time execution by (its execute stage is mostly process start):
  // 44 MHz is evm-batch's 98 M cycles executed in 2.2 s here, writing 94 segments included.
  fitted.overheads.executeHz = Number(opt('execute-hz', '44e6'));
  fitted.overheads.segmentBytesPerCycle = 0.37;
  fitted.overheads.receiptBytes = 230_000;
  fitted.overheads.verifyParallelism = 8;
  const scaling = measuredScaling(calFor(1), calFor(2));
  return { fitted, classes: HARDWARE.map((h) => classFrom(h, calFor(2), scaling)) };
}

function scenario(cls: WorkerClass, count: number, cycles: number, f: Fitted): Scenario {
  const o = loadOptions([], {});
  return {
    workers: [{ cls, count }],
    job: { userCycles: cycles, inflation: tableInflation(RUST_GUEST_INFLATION) },
    overheads: f.overheads,
    faults: { ...NO_FAULTS, crashRate: Number(opt('crash-rate', '0')), stragglerRate: Number(opt('straggler-rate', '0')) },
    segmentPo2: 0,
    maxPo2: o.maxPo2,
    preflightCycles: Number(opt('preflight-cycles', String(o.preflightCycles))),
    heartbeatMs: o.heartbeatMs,
    leaseSlack: o.leaseSlack,
    hedgeAfter: Number(opt('hedge-after', String(o.hedgeAfter))),
    seed: 1,
  };
}

/** Fewest workers reaching `target` seconds, or undefined when even one per segment does not. */
function workersFor(cls: WorkerClass, cycles: number, f: Fitted, target: number, po2 = 0): number | undefined {
  const at = (n: number) => ({ ...scenario(cls, n, cycles, f), segmentPo2: po2 });
  if (floorSeconds(at(1), cls, po2 || simulate(at(1)).po2).seconds > target) return undefined;
  const most = po2 ? floorSeconds(at(1), cls, po2).segments : simulate(at(1)).segments;
  if (simulate(at(most)).latencySeconds > target) return undefined;
  let lo = 1;
  let hi = most;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (simulate(at(mid)).latencySeconds <= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The po2 with the lowest latency floor for this class (what a planner that knew C could pick). */
function bestPo2(cls: WorkerClass, cycles: number, f: Fitted): { po2: number; segments: number; seconds: number } {
  const sc = scenario(cls, 1, cycles, f);
  const candidates = [16, 17, 18, 19, 20, 21, 22].filter((p) => p <= cls.maxPo2);
  return candidates.map((po2) => ({ po2, ...floorSeconds(sc, cls, po2) })).sort((a, b) => a.seconds - b.seconds)[0]!;
}

const min = (s: number) => `${(s / 60).toFixed(1)} min`;

function commandTable(): void {
  const cycles = Number(opt('cycles', '1e9'));
  const { fitted, classes } = tableModel();
  const show = (n: number | undefined) => (n === undefined ? 'not reachable' : String(n));
  console.log(`Workers needed to prove ${cycles.toExponential(0)} user cycles (Rust guest inflation), per class, from the simulator:`);
  console.log('');
  console.log('| hardware class | planner’s po2 (segments) | floor | workers for 5 min | workers for 1 h | 1 worker | fastest po2 (segments) | its floor | workers for 5 min at it |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const cls of classes) {
    const one = simulate(scenario(cls, 1, cycles, fitted));
    const floor = floorSeconds(scenario(cls, 1, cycles, fitted), cls, one.po2);
    const w5 = workersFor(cls, cycles, fitted, 300);
    const w60 = workersFor(cls, cycles, fitted, 3600);
    const best = bestPo2(cls, cycles, fitted);
    const w5best = best.po2 === one.po2 ? w5 : workersFor(cls, cycles, fitted, 300, best.po2);
    console.log(
      `| ${cls.name} | ${one.po2} (${one.segments}) | ${min(floor.seconds)} | ${show(w5)} | ${show(w60)} | ${(one.latencySeconds / 3600).toFixed(1)} h | ${best.po2} (${best.segments}) | ${min(best.seconds)} | ${show(w5best)} |`,
    );
  }
  console.log('');
  console.log(
    `Costs: this machine's calibrations scaled per class (hardware.ts); per task +${fitted.overheads.perTaskSeconds.toFixed(1)} s, verify ${fitted.overheads.verifySeconds.toFixed(2)} s (×${fitted.overheads.verifyParallelism}) and finalize ${fitted.overheads.finalizeSeconds.toFixed(1)} s from ${fitted.runs} bench runs; execution ${(fitted.overheads.executeHz / 1e6).toFixed(0)} MHz; segments 0.37 B/cycle, receipts 230 KB.`,
  );
}

function commandPredict(): void {
  const { fitted, classes } = tableModel();
  const cls = classes[Number(opt('class', '0'))];
  if (!cls) throw new Error(`--class must be 0..${classes.length - 1}: ${classes.map((c, i) => `${i} ${c.name}`).join(', ')}`);
  const r = simulate(scenario(cls, Number(opt('workers', '16')), Number(opt('cycles', '1e8')), fitted));
  console.log(JSON.stringify({ class: cls.name, ...r }, null, 1));
}

/**
 * Hedging side by side: the same jobs (same seeds, so the same stragglers) with and without it, at
 * several straggler rates; median and 90th-percentile latency, and the extra work hedges cost.
 */
function commandHedging(): void {
  const { fitted, classes } = tableModel();
  const cls = classes[Number(opt('class', '0'))]!;
  const workers = Number(opt('workers', '16'));
  const cycles = Number(opt('cycles', '1e8'));
  const after = Number(opt('hedge-after', String(loadOptions([], {}).hedgeAfter)));
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
  const q = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  console.log(`${cls.name}, ${workers} workers, ${cycles.toExponential(1)} cycles, stragglers ${NO_FAULTS.stragglerFactor}× slower, ${seeds.length} seeds; hedging at --hedge-after ${after}\n`);
  console.log('| straggler rate | p50 without | p50 with | p90 without | p90 with | p90 ratio | work with / without | hedges per job |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const rate of [0, 0.02, 0.05, 0.1]) {
    const run = (h: number) => seeds.map((seed) => simulate({ ...scenario(cls, workers, cycles, fitted), hedgeAfter: h, seed, faults: { ...NO_FAULTS, stragglerRate: rate } }));
    const off = run(0);
    const on = run(after);
    const lat = (rs: typeof off) => rs.map((r) => r.latencySeconds);
    const work = (rs: typeof off) => rs.reduce((a, r) => a + r.workSeconds, 0);
    const p90off = q(lat(off), 0.9);
    const p90on = q(lat(on), 0.9);
    console.log(
      `| ${(rate * 100).toFixed(0)} % | ${min(q(lat(off), 0.5))} | ${min(q(lat(on), 0.5))} | ${min(p90off)} | ${min(p90on)} | ${(p90on / p90off).toFixed(2)} | ${(work(on) / work(off)).toFixed(2)} | ${(on.reduce((a, r) => a + r.hedges, 0) / seeds.length).toFixed(1)} |`,
    );
  }
}

/**
 * The planner against brute force: per hardware class and pool size, the latency the simulator gives
 * for the planner's po2 (with the job's size, as the coordinator's preflight knows it), for the
 * largest po2 the pool holds (the planner without the size), and for every po2 it could have
 * chosen, each simulated with the same seed.
 */
function commandPlanner(): void {
  const cycles = Number(opt('cycles', '1e9'));
  const pools = opt('workers', '1,10,100,1000').split(',').map(Number);
  const { fitted, classes } = tableModel();
  console.log(`The planner's po2 against every po2, ${cycles.toExponential(0)} user cycles (Rust guest inflation), simulated:\n`);
  console.log(
    '| hardware class | workers | planner: po2 (segments) | its latency | largest po2 the pool holds | its latency | best po2 by brute force | its latency | planner / best | largest / best |',
  );
  console.log('|---|---:|---|---:|---|---:|---|---:|---:|---:|');
  const ratios: number[] = [];
  for (const cls of classes) {
    for (const n of pools) {
      const base = scenario(cls, n, cycles, fitted);
      const planned = simulate(base);
      const largest = simulate({ ...base, preflightCycles: 0 });
      const fixed = candidatePo2s(largest.po2).map((po2) => simulate({ ...base, segmentPo2: po2 }));
      const best = fixed.reduce((a, b) => (b.latencySeconds < a.latencySeconds ? b : a));
      const r = planned.latencySeconds / best.latencySeconds;
      ratios.push(r);
      console.log(
        `| ${cls.name} | ${n} | ${planned.po2} (${planned.segments}) | ${min(planned.latencySeconds)} | ${largest.po2} (${largest.segments}) | ${min(largest.latencySeconds)} | ${best.po2} (${best.segments}) | ${min(best.latencySeconds)} | ${r.toFixed(3)} | ${(largest.latencySeconds / best.latencySeconds).toFixed(3)} |`,
      );
    }
  }
  console.log(
    `\nplanner / best: worst ${Math.max(...ratios).toFixed(3)}, mean ${(ratios.reduce((a, b) => a + b, 0) / ratios.length).toFixed(3)} over ${ratios.length} pools (the planner's own preflight time included in its latency).`,
  );
}

const commands: Record<string, () => void> = { validate: commandValidate, table: commandTable, predict: commandPredict, hedging: commandHedging, planner: commandPlanner };
const cmd = commands[positionals[0] ?? 'table'];
if (!cmd) {
  console.error(`unknown command ${positionals[0]}: validate | table | predict | hedging | planner`);
  process.exit(2);
}
try {
  cmd();
} catch (e) {
  console.error(`simulate: ${(e as Error).message}`);
  process.exit(1);
}
