/**
 * Running bench jobs: one through a local Wholesum cluster (the public API, then the job's record),
 * one through RISC Zero's own single-machine prover on the same input and po2. Both receipts are
 * verified before a number counts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ApiClient } from '../coordinator/api/client.js';
import * as inputs from '../native-prover/client/inputs.js';
import { guestElf } from '../native-prover/client/paths.js';
import * as prover from '../native-prover/client/prover.js';
import { analyse, type JobAnalysis } from './analysis.js';

export interface BenchJob {
  guest: 'rollup-batch';
  accounts: number;
  transfers: number;
  seed: number;
}

export const jobLabel = (j: BenchJob) => `rollup-batch ${j.accounts} accounts${j.transfers ? `, ${j.transfers} transfers` : ''}`;

export async function writeInput(j: BenchJob, dir: string): Promise<{ file: string; newRoot: string }> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `input-${j.accounts}-${j.transfers}-${j.seed}.bin`);
  const r = await inputs.rollupBatch({ accounts: j.accounts, transfers: j.transfers, seed: j.seed, out: file });
  return { file, newRoot: r.new_root! };
}

export interface LocalRun {
  /** Absent in reports from before the default-po2 row (they ran at the report's po2). */
  po2?: number;
  seconds: number;
  segments: number;
  totalCycles: number;
  userCycles: number;
  peakRssBytes: number;
}

/** RISC Zero's LocalProver (succinct), which verifies its receipt itself. */
/** RISC Zero's own default segment size (`DEFAULT_SEGMENT_LIMIT_PO2`): what a user would run instead of Wholesum. */
export const RISC0_DEFAULT_PO2 = 20;

export async function runLocal(j: BenchJob, po2: number, dir: string): Promise<LocalRun> {
  const { file } = await writeInput(j, dir);
  const r = await prover.proveLocal({ guest: guestElf(j.guest), input: file, out: join(dir, `local-${j.accounts}.receipt`), po2 });
  return { po2, seconds: r.seconds, segments: r.segments, totalCycles: r.total_cycles, userCycles: r.user_cycles, peakRssBytes: r.peak_rss_bytes };
}

export interface ClusterRun {
  sessionId: string;
  analysis: JobAnalysis;
}

/** Proves one job through the cluster's API and checks the receipt with a stock RISC Zero verifier. */
export async function runOnCluster(api: ApiClient, j: BenchJob, dir: string, slots: number, log: (l: string) => void): Promise<ClusterRun> {
  const { file, newRoot } = await writeInput(j, dir);
  const elf = guestElf(j.guest);
  const { image_id: imageId } = await prover.imageId(elf);
  await api.uploadImage(imageId, readFileSync(elf));
  const input = await api.uploadInput(readFileSync(file));
  const sid = await api.createSession(imageId, input);
  let last = '';
  const st = await api.wait(sid, {
    pollMs: 1000,
    onStatus: (s) => {
      if (s.state !== last) log(`  ${s.status} ${s.state ?? ''} · ${(s.elapsed_time ?? 0).toFixed(0)} s`);
      last = s.state ?? '';
    },
  });
  if (st.status !== 'SUCCEEDED') throw new Error(`session ${sid} ended ${st.status}: ${st.error_msg}`);
  const receipt = join(dir, `${sid}.receipt`);
  writeFileSync(receipt, await api.download(st.receipt_url!));
  const journal = await inputs.verifyWithStockRiscZero(receipt, imageId);
  if (journal.slice(64, 128) !== newRoot) throw new Error(`session ${sid}: the journal's new root is not the native state transition's`);
  return { sessionId: sid, analysis: analyse(await api.job(sid), slots) };
}
