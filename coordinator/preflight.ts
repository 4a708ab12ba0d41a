/**
 * A job's size before it is planned: its segment count at the candidate po2s, from executing the
 * guest (execution runs at tens of MHz and proves nothing). A job of at most --preflight-cycles user
 * cycles is executed at every candidate, so its counts are exact, padding of a last small segment
 * included; a larger one once, at the largest candidate, and scaled to the others with the measured
 * paging inflation (INFLATION). Counts are cached in Redis per guest and input digest: a resumed or
 * repeated job is not executed again for them. Any failure here only means planning without the
 * size; the execution proper reports a guest's error.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { prover } from '../native-prover/client/index.js';
import type { BlobStore } from './blobstore.js';
import type { JobSize } from './planner.js';
import { K, type Store } from './store.js';

/**
 * Total / user cycles per po2 measured with the Rust sha-chain guest (../shared/RISC0.md) and
 * rollup-batch (bench): per-segment paging makes small segments expensive. Between measured points,
 * nearest. Only ratios of it are used, anchored at the job's own measured inflation.
 */
export const INFLATION: Readonly<Record<number, number>> = { 14: 8.8, 16: 2.84, 17: 1.72, 18: 1.44, 19: 1.33, 20: 1.3, 21: 1.28, 22: 1.27 };

export function inflationAt(po2: number, table: Readonly<Record<number, number>> = INFLATION): number {
  if (table[po2] !== undefined) return table[po2]!;
  const keys = Object.keys(table)
    .map(Number)
    .sort((a, b) => Math.abs(a - po2) - Math.abs(b - po2));
  return table[keys[0]!]!;
}

/** Segments at po2 from a count measured at `at`: the same user cycles, in segments of 2^po2 with that po2's inflation. */
export function scaleSegments(measured: number, at: number, po2: number): number {
  return Math.max(1, Math.ceil(measured * 2 ** (at - po2) * (inflationAt(po2) / inflationAt(at))));
}

export interface PreflightDeps {
  store: Store;
  blobs: BlobStore;
  workDir: string;
}

export interface Preflight extends JobSize {
  userCycles: number;
  /** Seconds spent executing now (0: every count came from the cache). */
  seconds: number;
  /** The po2s executed (now or before), the rest scaled. */
  executed: number[];
}

/** A preflight result is a property of the guest and input: kept a week, then executed again if asked. */
const TTL_SECONDS = 7 * 86_400;
/** Field value of a po2 that would not split (pathological, or the guest failed there). */
const UNUSABLE = '-';

export async function preflight(
  d: PreflightDeps,
  job: { imageSha: string; inputSha: string; cycleLimit: number; signal: AbortSignal },
  candidates: readonly number[],
  exactCycles: number,
): Promise<Preflight | undefined> {
  if (candidates.length === 0 || exactCycles <= 0) return undefined;
  const k = K.preflight(job.imageSha, job.inputSha);
  const cached = await d.store.redis.hgetall(k);
  const started = Date.now();
  let ran = false;
  const run = async (po2: number): Promise<void> => {
    if (cached[po2] !== undefined) return;
    ran = true;
    const outDir = join(d.workDir, 'preflight', randomBytes(6).toString('hex'));
    await mkdir(outDir, { recursive: true });
    try {
      const s = await prover.execute({
        guest: d.blobs.path(job.imageSha),
        input: d.blobs.path(job.inputSha),
        outDir,
        po2,
        cycleLimit: job.cycleLimit,
        signal: job.signal,
        // Only the count is wanted: each segment file goes as soon as it is written.
        onSegment: (seg) => void rm(seg.file, { force: true }),
      });
      const ok = s.exit_code.kind === 'Halted' && s.exit_code.user === 0;
      cached[po2] = ok ? String(s.segments) : UNUSABLE;
      if (ok) cached.user = String(s.user_cycles);
    } catch (e) {
      if (job.signal.aborted) throw e;
      cached[po2] = UNUSABLE;
    } finally {
      await rm(outDir, { recursive: true, force: true }).catch(() => undefined);
    }
    await d.store.redis
      .multi()
      .hset(k, po2, cached[po2]!)
      .hset(k, 'user', cached.user ?? '')
      .expire(k, TTL_SECONDS)
      .exec();
  };

  const top = Math.max(...candidates);
  await run(top);
  const userCycles = Number(cached.user);
  if (cached[top] === UNUSABLE || !(userCycles > 0)) return undefined;
  const exact = userCycles <= exactCycles;
  if (exact) for (const po2 of candidates) if (po2 !== top) await run(po2);
  const count = (po2: number): number | undefined => {
    const v = cached[po2];
    return v === undefined || v === UNUSABLE ? undefined : Number(v);
  };
  const measuredTop = count(top)!;
  return {
    userCycles,
    seconds: ran ? (Date.now() - started) / 1000 : 0,
    executed: candidates.filter((p) => cached[p] !== undefined),
    segmentsAt: (po2) => (cached[po2] !== undefined ? count(po2) : exact ? undefined : scaleSegments(measuredTop, top, po2)),
  };
}
