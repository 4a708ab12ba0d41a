import { mkdir } from 'node:fs/promises';
import { join as joinPath } from 'node:path';

import * as prover from './prover.js';
import type { ReceiptOutput, SegmentEvent, SessionEvent } from './types.js';

export interface PipelineOptions {
  guest: string;
  input: string;
  po2: number;
  workDir: string;
  cycleLimit?: number;
  /**
   * Segments (by index) proved with `prove` then `lift` as two commands instead of one `prove --lift`,
   * keeping the segment receipt: both paths of the CLI in one run.
   */
  separateLift?: readonly number[];
  /** Progress lines for people. */
  log?: (line: string) => void;
}

export interface StageTimes {
  execute: number;
  prove: number;
  lift: number;
  join: number;
  finalize: number;
  total: number;
}

export interface PipelineResult {
  session: SessionEvent;
  segments: SegmentEvent[];
  /** Lifted receipt per segment, in segment order. */
  lifted: string[];
  /** Segment (unlifted) receipts of the `separateLift` segments, by index, with what `prove` said. */
  segmentReceipts: Map<number, { file: string; proved: ReceiptOutput }>;
  root: string;
  receipt: string;
  imageId: string;
  journal: string;
  seconds: StageTimes;
}

/**
 * Prove a guest on this machine with the same steps the network runs: execute into segments,
 * prove + lift each (checking every receipt against the claim execution predicted), join adjacent
 * receipts level by level, finalize into a RISC Zero `Receipt` verified against the image id.
 */
export async function proveLocally(o: PipelineOptions): Promise<PipelineResult> {
  const log = o.log ?? (() => {});
  const started = performance.now();
  const since = (t: number) => (performance.now() - t) / 1000;
  const segDir = joinPath(o.workDir, 'segments');
  const rcptDir = joinPath(o.workDir, 'receipts');
  await mkdir(segDir, { recursive: true });
  await mkdir(rcptDir, { recursive: true });

  const segments: SegmentEvent[] = [];
  let t = performance.now();
  const session = await prover.execute({
    guest: o.guest,
    input: o.input,
    outDir: segDir,
    po2: o.po2,
    cycleLimit: o.cycleLimit,
    onSegment: (s) => segments.push(s),
  });
  const seconds: StageTimes = { execute: since(t), prove: 0, lift: 0, join: 0, finalize: 0, total: 0 };
  log(`executed: ${session.segments} segments of po2 ${o.po2}, ${session.user_cycles} user / ${session.total_cycles} total cycles`);
  if (session.exit_code.kind !== 'Halted' || session.exit_code.user !== 0) {
    throw new Error(`guest exited with ${session.exit_code.kind}(${session.exit_code.user}); nothing to prove`);
  }

  const lifted: string[] = [];
  const segmentReceipts = new Map<number, { file: string; proved: ReceiptOutput }>();
  for (const s of segments) {
    const out = joinPath(rcptDir, `lift-${s.index}.bin`);
    let proveSeconds = 0;
    let liftSeconds = 0;
    if (o.separateLift?.includes(s.index)) {
      const file = joinPath(rcptDir, `segment-${s.index}.bin`);
      const proved = await prover.prove({ segment: s.file, out: file, claim: s.claim_digest });
      const l = await prover.lift({ receipt: file, out, claim: s.claim_digest });
      segmentReceipts.set(s.index, { file, proved });
      proveSeconds = proved.prove_seconds ?? 0;
      liftSeconds = l.lift_seconds ?? 0;
    } else {
      const r = await prover.prove({ segment: s.file, out, lift: true, claim: s.claim_digest });
      proveSeconds = r.prove_seconds ?? 0;
      liftSeconds = r.lift_seconds ?? 0;
    }
    await prover.verify({ receipt: out, claim: s.claim_digest });
    seconds.prove += proveSeconds;
    seconds.lift += liftSeconds;
    lifted.push(out);
    log(`segment ${s.index}: proved in ${proveSeconds.toFixed(1)} s, lifted in ${liftSeconds.toFixed(1)} s`);
  }

  let level = lifted;
  let depth = 0;
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i]!;
      const right = level[i + 1];
      if (right === undefined) {
        next.push(left);
        continue;
      }
      const out = joinPath(rcptDir, `join-${depth}-${i / 2}.bin`);
      t = performance.now();
      await prover.join({ left, right, out });
      seconds.join += since(t);
      next.push(out);
    }
    log(`join level ${depth}: ${level.length} → ${next.length} receipts`);
    level = next;
    depth += 1;
  }
  const root = level[0]!;

  t = performance.now();
  const receipt = joinPath(o.workDir, 'receipt.bin');
  const final = await prover.finalize({ root, imageId: session.image_id, out: receipt });
  seconds.finalize = since(t);
  seconds.total = since(started);
  return { session, segments, lifted, segmentReceipts, root, receipt, imageId: session.image_id, journal: final.journal, seconds };
}
