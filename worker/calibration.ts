/**
 * Calibration: measure prove time and peak RSS at a few small po2s with `wholesum-prover calibrate`
 * (cached in the data dir; redone when the prover binary or thread count changes), then size the
 * worker: the largest po2 whose prove + lift peak stays under 80 % of the memory budget.
 * Larger po2s are extrapolated: time and memory grow ~linearly with 2^po2 (see shared RISC0.md).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { prover, proverBin } from '../native-prover/client/index.js';
import { MAX_PO2, MIN_PO2 } from '../protocol/index.js';

export const MEMORY_HEADROOM = 0.8;

export interface Measurement {
  po2: number;
  proveSeconds: number;
  provePeakRssBytes: number;
}

export interface Calibration {
  proverVersion: string;
  threads: number;
  measured: Measurement[];
  liftSeconds: number;
  liftPeakRssBytes: number;
  measuredAt: string;
}

export interface Sizing {
  /** 0 when no segment fits (the worker can only aggregate, or nothing). */
  maxPo2: number;
  canAggregate: boolean;
  /** A Groth16 backend is installed here (checked by `wholesum-prover groth16-available`). */
  groth16?: boolean;
  speeds: { po2: number; proveSeconds: number; peakRssBytes: number; measured: boolean }[];
}

const cacheFile = (dataDir: string) => join(dataDir, 'calibration.json');

/**
 * The prover's version and a digest of its binary: a rebuild or an upgraded bundle that keeps the
 * version string still runs at another speed, so it must recalibrate too.
 */
export async function proverIdentity(): Promise<string> {
  // Hashing the ~66 MB binary takes ~0.3 s: once per process and binary (a replaced file has a new inode or mtime).
  const st = await stat(proverBin());
  const key = `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
  if (identity?.key === key) return identity.value;
  const { version } = await prover.version();
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(proverBin())) hash.update(chunk as Buffer);
  identity = { key, value: `${version} build ${hash.digest('hex').slice(0, 12)}` };
  return identity.value;
}
let identity: { key: string; value: string } | undefined;

export async function loadOrCalibrate(
  o: { dataDir: string; threads: number; po2s: number[]; nice: number; signal?: AbortSignal },
  log: (msg: string, fields?: Record<string, unknown>) => void,
): Promise<Calibration> {
  const version = await proverIdentity();
  try {
    const cached = JSON.parse(await readFile(cacheFile(o.dataDir), 'utf8')) as Calibration;
    const samePo2s = cached.measured.map((m) => m.po2).join(',') === o.po2s.join(',');
    if (cached.proverVersion === version && cached.threads === o.threads && samePo2s) return cached;
    log('calibration is stale: measuring again', { cachedVersion: cached.proverVersion, version });
  } catch {
    log('no calibration yet: measuring this machine (a minute or two)');
  }
  const env = threadEnv(o.threads);
  const measured: Measurement[] = [];
  let liftSeconds = 0;
  let liftPeakRssBytes = 0;
  for (const [i, po2] of o.po2s.entries()) {
    const lift = i === 0; // lift costs the same at any po2: measure it once, on the cheapest run
    const c = await prover.calibrate({ po2, lift, env, nice: o.nice, signal: o.signal });
    measured.push({ po2, proveSeconds: c.prove_seconds, provePeakRssBytes: c.prove_peak_rss_bytes });
    if (lift) {
      liftSeconds = c.lift_seconds ?? 0;
      liftPeakRssBytes = c.peak_rss_bytes;
    }
    log('calibrated', { po2, proveSeconds: c.prove_seconds, peakRssBytes: c.prove_peak_rss_bytes });
  }
  const cal: Calibration = { proverVersion: version, threads: o.threads, measured, liftSeconds, liftPeakRssBytes, measuredAt: new Date().toISOString() };
  await writeFile(cacheFile(o.dataDir), JSON.stringify(cal, null, 2));
  return cal;
}

export function threadEnv(threads: number): NodeJS.ProcessEnv {
  return threads > 0 ? { ...process.env, RAYON_NUM_THREADS: String(threads) } : process.env;
}

/** Linear fit in 2^po2 through the measured points (one point: proportional). */
function fit(points: [number, number][]): (po2: number) => number {
  const xs = points.map(([p]) => 2 ** p);
  const ys = points.map(([, y]) => y);
  if (points.length === 1) return (po2) => (ys[0]! * 2 ** po2) / xs[0]!;
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b) / n;
  const my = ys.reduce((a, b) => a + b) / n;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const intercept = my - slope * mx;
  return (po2) => Math.max(0, intercept + slope * 2 ** po2);
}

export function size(cal: Calibration, memoryBudget: number, cap: 'auto' | number): Sizing {
  const limit = memoryBudget * MEMORY_HEADROOM;
  const rss = fit(cal.measured.map((m) => [m.po2, m.provePeakRssBytes]));
  const secs = fit(cal.measured.map((m) => [m.po2, m.proveSeconds]));
  const canAggregate = cal.liftPeakRssBytes <= limit;
  const speeds: Sizing['speeds'] = [];
  let maxPo2 = 0;
  for (let po2 = MIN_PO2; po2 <= MAX_PO2; po2++) {
    const m = cal.measured.find((x) => x.po2 === po2);
    const peak = m?.provePeakRssBytes ?? rss(po2);
    speeds.push({ po2, proveSeconds: m?.proveSeconds ?? secs(po2), peakRssBytes: Math.round(peak), measured: !!m });
    // A segment task is prove + lift in one process: both must fit.
    if (canAggregate && Math.max(peak, cal.liftPeakRssBytes) <= limit) maxPo2 = po2;
  }
  if (cap !== 'auto') maxPo2 = Math.min(maxPo2, cap);
  if (maxPo2 < MIN_PO2) maxPo2 = 0;
  return { maxPo2, canAggregate, speeds: speeds.filter((s) => s.po2 <= Math.max(maxPo2, MIN_PO2)) };
}
