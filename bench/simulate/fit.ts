/**
 * Calibrating the simulator from measurements, and checking it against them. Worker speeds come
 * from each thread count's calibration file (what the workers themselves report); what a bench run
 * adds is how much slower tasks ran inside the cluster than in calibration (`slowdown`, which on a
 * shared machine includes the workers contending for its cores), the per-task overhead, the
 * verifier's time, execution speed, and start and finalize times.
 *
 * Validation is leave-one-out: each run is predicted from a model fitted on the other runs only.
 */
import { readFileSync } from 'node:fs';

import { loadOptions } from '../../coordinator/options.js';
import type { BenchReport, ClusterResult } from '../report.js';
import { simulate, type SimResult } from './engine.js';
import { NO_FAULTS, type Overheads, type Scenario, type WorkerClass } from './model.js';

export interface CalibrationFile {
  threads: number;
  measured: { po2: number; proveSeconds: number }[];
  liftSeconds: number;
}

export interface Fitted {
  /** Measured in-cluster task time / calibrated time, for segment tasks and for joins. */
  slowdown: { proveLift: number; join: number };
  overheads: Overheads;
  runs: number;
}

export function readCalibration(path: string): CalibrationFile {
  return JSON.parse(readFileSync(path, 'utf8')) as CalibrationFile;
}

/** Prove time at po2 from a calibration: measured, else scaled from the nearest measured po2. */
export function proveAt(cal: CalibrationFile, po2: number): number {
  const exact = cal.measured.find((m) => m.po2 === po2);
  if (exact) return exact.proveSeconds;
  const near = [...cal.measured].sort((a, b) => Math.abs(a.po2 - po2) - Math.abs(b.po2 - po2))[0]!;
  return near.proveSeconds * 2 ** (po2 - near.po2);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function fit(runs: ClusterResult[], calFor: (threads: number) => CalibrationFile): Fitted {
  if (runs.length === 0) throw new Error('nothing to fit the simulator on');
  let segMeasured = 0;
  let segCalibrated = 0;
  let joinMeasured = 0;
  let joinCalibrated = 0;
  const perTask: number[] = [];
  const verify: number[] = [];
  const execHz: number[] = [];
  const start: number[] = [];
  const finalize: number[] = [];
  for (const r of runs) {
    const cal = calFor(r.threads);
    const a = r.analysis;
    for (const t of a.tasks) {
      if (t.kind === 'prove_lift') {
        segMeasured += t.prove + t.lift;
        segCalibrated += proveAt(cal, a.po2) + cal.liftSeconds;
      } else if (t.kind === 'join') {
        joinMeasured += t.join;
        joinCalibrated += cal.liftSeconds;
      }
      perTask.push(Math.max(0, t.seconds - (t.prove + t.lift + t.join) - t.verify));
      verify.push(t.verify);
    }
    if (a.stages.execute > 0) execHz.push(a.totalCycles / a.stages.execute);
    start.push(a.stages.queue);
    finalize.push(a.stages.finalize);
  }
  return {
    slowdown: { proveLift: segMeasured / segCalibrated, join: joinCalibrated ? joinMeasured / joinCalibrated : segMeasured / segCalibrated },
    overheads: {
      perTaskSeconds: mean(perTask),
      verifySeconds: mean(verify),
      verifyParallelism: 2,
      executeHz: mean(execHz) || 1e6,
      startSeconds: mean(start),
      finalizeSeconds: mean(finalize),
      // Loopback in the bench: moving bytes is part of the per-task overhead.
      segmentBytesPerCycle: 0,
      receiptBytes: 0,
    },
    runs: runs.length,
  };
}

/** This machine's workers as the bench ran them, slowed as the fit says. */
export function benchClass(cal: CalibrationFile, f: Fitted, memoryGiB: number): WorkerClass {
  return {
    name: `${cal.threads}-thread worker`,
    cores: cal.threads,
    memoryGiB,
    proveSeconds: (po2) => proveAt(cal, po2) * f.slowdown.proveLift,
    liftSeconds: cal.liftSeconds * f.slowdown.proveLift,
    joinSeconds: cal.liftSeconds * f.slowdown.join,
    maxPo2: 22,
    rttMs: 0,
    upMbit: 1e6,
    downMbit: 1e6,
  };
}

/** A scenario reproducing one bench run: its pool, its job's cycles at its po2. */
export function scenarioOf(r: ClusterResult, po2: number, cls: WorkerClass, f: Fitted): Scenario {
  const o = loadOptions([], {});
  const a = r.analysis;
  return {
    workers: [{ cls, count: r.workers }],
    job: { userCycles: a.userCycles, inflation: () => a.totalCycles / a.userCycles },
    overheads: f.overheads,
    faults: NO_FAULTS,
    segmentPo2: po2,
    maxPo2: o.maxPo2,
    heartbeatMs: o.heartbeatMs,
    leaseSlack: o.leaseSlack,
    seed: 1,
  };
}

export interface Validation {
  run: ClusterResult;
  predicted: SimResult;
  error: number;
}

/** Predicts each run of `target` from a model fitted on `training` minus that very run. */
export function validate(target: BenchReport, training: BenchReport[], calFor: (threads: number) => CalibrationFile): Validation[] {
  const pool = training.flatMap((t) => t.cluster.filter((c) => !c.network));
  return target.cluster
    .filter((c) => !c.network)
    .map((run) => {
      const others = pool.filter((c) => c.sessionId !== run.sessionId);
      if (others.length === 0) throw new Error('validation needs at least two bench runs (each is predicted from the others)');
      const f = fit(others, calFor);
      const cls = benchClass(calFor(run.threads), f, target.machine.memoryGiB / run.workers);
      const predicted = simulate(scenarioOf(run, target.po2, cls, f));
      return { run, predicted, error: predicted.latencySeconds / run.analysis.latencySeconds - 1 };
    });
}
