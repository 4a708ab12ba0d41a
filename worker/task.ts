/**
 * One leased task: check it fits this worker, fetch its inputs (sha256-checked), run its kind's
 * native command (kinds/) under the memory cap and throttle, and return the output receipt — or a
 * TaskError saying why not.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { PeerId } from '@libp2p/interface';

import { ProverError } from '../native-prover/client/index.js';
import type { ReceiptOutput } from '../native-prover/client/types.js';
import { fetchBlob, ProtocolError, sha256Hex, type Bodies, type WholesumNode } from '../protocol/index.js';
import { threadEnv, type Sizing } from './calibration.js';
import { TaskError } from './errors.js';
import { handlerFor, type KindHandler, type ProverRun } from './kinds/index.js';
import { RssWatch } from './supervisor.js';
import { Throttle } from './throttle.js';

export interface TaskContext {
  node: WholesumNode;
  coordinator: PeerId;
  workDir: string;
  sizing: Sizing;
  memoryCapBytes: number;
  threads: number;
  nice: number;
  /** Share of time the prover runs (1: always). */
  cpuDuty: number;
  /** Aborted on cancel or drain; `signal.reason` is the TaskError to report. */
  signal: AbortSignal;
  onStage: (stage: string) => void;
}

export interface TaskOutput {
  output: Uint8Array;
  sha256: string;
  claimDigest: string;
  peakRssBytes: number;
  timings: { fetchSeconds: number; proveSeconds: number; liftSeconds: number; joinSeconds: number; totalSeconds: number };
}

/** Refuse before any transfer or proving: unknown kind, wrong shape, or more than this machine can hold. */
export function admit(lease: Bodies['lease'], sizing: Sizing): KindHandler {
  const handler = handlerFor(lease.kind);
  if (!handler) throw new TaskError('unsupported_task', `task kind ${lease.kind} is not supported`, false);
  const want = handler.contract.roles;
  const got = lease.inputs.map((i) => i.role ?? '');
  if (got.length !== want.length || want.some((r) => !got.includes(r))) {
    throw new TaskError('unsupported_task', `task inputs ${got.join(',')} do not match ${want.join(',')}`, false);
  }
  if (!sizing.canAggregate) throw new TaskError('po2_too_large', 'this worker has too little memory to lift or join', true);
  handler.admit(lease, sizing);
  return handler;
}

export async function runTask(lease: Bodies['lease'], ctx: TaskContext): Promise<TaskOutput> {
  const started = performance.now();
  const handler = admit(lease, ctx.sizing);
  // The task id comes from the network: never let it name a path.
  const dir = join(ctx.workDir, `task-${sha256Hex(new TextEncoder().encode(lease.taskId)).slice(0, 24)}`);
  await mkdir(dir, { recursive: true });
  try {
    ctx.onStage('fetching');
    const files: Record<string, string> = {};
    for (const ref of lease.inputs) {
      ctx.signal.throwIfAborted();
      let data: Uint8Array;
      try {
        data = await fetchBlob(ctx.node, ctx.coordinator, { sha256: ref.sha256 ?? '', size: Number(ref.size) }, ctx.signal);
      } catch (e) {
        if (ctx.signal.aborted && ctx.signal.reason instanceof TaskError) throw ctx.signal.reason;
        if (e instanceof ProtocolError && e.code === 'blob_corrupt') throw new TaskError('blob_corrupt', e.message, true);
        throw new TaskError('blob_unavailable', `cannot fetch input ${ref.role}: ${(e as Error).message}`, true);
      }
      const role = ref.role ?? 'input';
      files[role] = join(dir, `${role}.bin`);
      await writeFile(files[role]!, data);
    }
    const fetchSeconds = (performance.now() - started) / 1000;

    const out = join(dir, 'output.bin');
    const watch = new RssWatch(ctx.memoryCapBytes);
    const throttle = new Throttle(ctx.cpuDuty);
    // A stopped prover cannot act on the SIGTERM of a cancel: resume it first.
    const resume = () => throttle.stop();
    ctx.signal.addEventListener('abort', resume, { once: true });
    const common: ProverRun = {
      signal: ctx.signal,
      nice: ctx.nice,
      env: threadEnv(ctx.threads),
      onSpawn: (pid: number) => {
        watch.start(pid);
        throttle.start(pid);
      },
      // Its own process group: the operator's Ctrl-C or a service stop reaches the worker, which drains.
      detached: true,
    };
    let r: ReceiptOutput;
    try {
      ctx.onStage(handler.contract.label);
      r = await handler.run(lease, files, out, common, ctx.sizing);
    } catch (e) {
      throw classify(e, watch, ctx.signal);
    } finally {
      watch.stop();
      throttle.stop();
      ctx.signal.removeEventListener('abort', resume);
    }
    const output = await readFile(out);
    return {
      output,
      sha256: sha256Hex(output),
      claimDigest: r.claim_digest,
      peakRssBytes: Math.max(watch.peakBytes, r.peak_rss_bytes ?? 0),
      timings: {
        fetchSeconds,
        proveSeconds: r.prove_seconds ?? 0,
        liftSeconds: r.lift_seconds ?? 0,
        joinSeconds: r.join_seconds ?? 0,
        totalSeconds: (performance.now() - started) / 1000,
      },
    };
  } finally {
    // A cleanup failure must not replace the task's real outcome.
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}

function classify(e: unknown, watch: RssWatch, signal: AbortSignal): TaskError {
  if (signal.aborted && signal.reason instanceof TaskError) return signal.reason;
  if (!(e instanceof ProverError)) return new TaskError('prover_failed', (e as Error).message, true);
  if (watch.exceeded) {
    return new TaskError('memory_cap_exceeded', `the prover went over the ${(watch.peakBytes / 2 ** 30).toFixed(2)} GiB memory cap and was stopped`, true);
  }
  if (e.code === 'killed') return new TaskError('prover_killed', e.message, true);
  if (e.code === 'po2_too_large') return new TaskError('po2_too_large', e.message, true);
  if (e.isBadInput) return new TaskError('bad_input', `${e.code}: ${e.message}`, false);
  return new TaskError('prover_failed', `${e.code}: ${e.message}`, true);
}
