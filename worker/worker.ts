/**
 * The task loop: ask the coordinator for work with this machine's capacity, run what it leases
 * (heartbeating while proving), return the result, repeat. Stops cleanly: on `stop()` it finishes
 * the running task within the drain timeout or hands it back, and never half-submits a result.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import type { PeerId } from '@libp2p/interface';
import { multiaddr } from '@multiformats/multiaddr';

import {
  openTaskChannel,
  requestWork,
  sendHeartbeat,
  submitResult,
  MIN_HEARTBEAT_MS,
  MAX_HEARTBEAT_MS,
  TaskKind,
  type Bodies,
  type BodyProps,
  type Channel,
  type WholesumNode,
  tokenProof,
  kindOfWire,
} from '../protocol/index.js';
import type { Calibration, Sizing } from './calibration.js';
import { TaskError } from './errors.js';
import type { Hardware } from './hardware.js';
import { cpuBusyFraction, IDLE_THRESHOLD } from './idle.js';
import { Ledger } from './ledger.js';
import type { Logger } from '../common/index.js';
import type { WorkerOptions } from './options.js';
import { runTask } from './task.js';

const DEFAULT_HEARTBEAT_MS = 5000;
const MAX_BACKOFF_MS = 30_000;

export interface WorkerStats {
  tasksDone: number;
  tasksFailed: number;
  current?: { taskId: string; kind: string; po2: number; stage: string; startedAt: number };
}

export class Worker {
  readonly stats: WorkerStats = { tasksDone: 0, tasksFailed: 0 };
  /** Verified work contributed, across restarts (the coordinators' acks, not this worker's say-so). */
  readonly ledger: Ledger;
  private idleReason?: string;
  private stopping = false;
  private drainTimer?: NodeJS.Timeout;
  private taskAbort?: AbortController;
  private wake?: () => void;
  private coordinator?: PeerId;

  constructor(
    private readonly opts: WorkerOptions,
    private readonly node: WholesumNode,
    private readonly hardware: Hardware,
    private readonly calibration: Calibration,
    private readonly sizing: Sizing,
    private readonly log: Logger,
  ) {
    this.ledger = new Ledger(opts.dataDir);
  }

  capacity(): BodyProps['workRequest']['capacity'] {
    return {
      ramTotalBytes: this.hardware.ramTotalBytes,
      ramAvailableBytes: this.hardware.ramAvailableBytes,
      memoryBudgetBytes: this.opts.maxMemory,
      cores: this.hardware.cores,
      threads: this.opts.threads || this.hardware.cores,
      cpuModel: this.hardware.cpuModel.slice(0, 200),
      cpuFlags: this.hardware.cpuFlags,
      maxPo2: this.sizing.maxPo2,
      // Calibration ran at full speed; a throttled prover takes 1/duty as long, and the
      // coordinator's lease deadlines and hedging go by what is advertised here.
      speeds: this.sizing.speeds.map((s) => ({ po2: s.po2, proveSeconds: s.proveSeconds / this.opts.cpuDuty, peakRssBytes: s.peakRssBytes, measured: s.measured })),
      proverVersion: this.calibration.proverVersion,
      freeSlots: this.stopping ? 0 : 1,
      canAggregate: this.sizing.canAggregate,
      liftSeconds: this.calibration.liftSeconds / this.opts.cpuDuty,
      groth16: this.sizing.groth16 ?? false,
    };
  }

  /**
   * Finish (within drainTimeoutMs) or hand back the running task, then leave the loop. Returns
   * false when this was a second stop request (the caller may then force an exit).
   */
  stop(): boolean {
    if (this.stopping) {
      // A second signal: hand the task back now.
      this.taskAbort?.abort(new TaskError('handed_back', 'the worker is shutting down', true));
      return false;
    }
    this.stopping = true;
    this.wake?.();
    if (this.taskAbort) {
      this.log.info('stopping: finishing the current task', { drainTimeoutMs: this.opts.drainTimeoutMs });
      this.drainTimer = setTimeout(() => this.taskAbort?.abort(new TaskError('handed_back', 'the worker is shutting down', true)), this.opts.drainTimeoutMs);
    }
    return true;
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  private async connect(): Promise<PeerId> {
    if (this.coordinator && this.node.getConnections(this.coordinator).length > 0) return this.coordinator;
    const conn = await this.node.dial(multiaddr(this.opts.coordinator), { signal: AbortSignal.timeout(30_000) });
    if (!this.coordinator) this.log.info('connected to the coordinator', { peer: conn.remotePeer.toString() });
    this.coordinator = conn.remotePeer;
    return conn.remotePeer;
  }

  async run(): Promise<void> {
    const workRoot = join(this.opts.dataDir, 'tasks');
    await mkdir(workRoot, { recursive: true });
    let backoff = 1000;
    while (!this.stopping) {
      if (this.opts.idleOnly && (await cpuBusyFraction()) > IDLE_THRESHOLD) {
        this.idle('the machine is busy with other work (--idle-only)');
        await this.sleep(5000);
        continue;
      }
      let ch: Channel | undefined;
      try {
        const coordinator = await this.connect();
        ch = await openTaskChannel(this.node, coordinator);
        const proof = this.opts.token ? tokenProof(this.opts.token, coordinator.toString(), this.node.peerId.toString()) : undefined;
        const offer = await requestWork(ch, this.capacity(), proof);
        backoff = 1000;
        if (offer.kind === 'noWork') {
          await ch.close();
          // Why it is idle is the first thing an operator asks: the coordinator's reason, as it said it.
          this.idle(offer.body.reason.slice(0, 120) || 'waiting for work');
          await this.sleep(Math.max(250, offer.body.retryAfterMs || 2000));
          continue;
        }
        this.idleReason = undefined;
        await this.handle(ch, offer.body, coordinator, workRoot);
      } catch (e) {
        ch?.abort(e as Error);
        if (this.stopping) break;
        this.log.warn('coordinator unreachable or conversation failed; retrying', { error: (e as Error).message, retryInMs: backoff });
        await this.sleep(backoff);
        backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
      }
    }
    if (this.drainTimer) clearTimeout(this.drainTimer);
  }

  private async handle(ch: Channel, lease: Bodies['lease'], coordinator: PeerId, workRoot: string): Promise<void> {
    const kind = TaskKind[lease.kind] ?? String(lease.kind);
    const started = Date.now();
    this.stats.current = { taskId: lease.taskId, kind, po2: lease.po2, stage: 'starting', startedAt: started };
    this.log.info('task leased', { taskId: lease.taskId, jobId: lease.jobId, kind, po2: lease.po2 });
    const abort = new AbortController();
    this.taskAbort = abort;
    // A lease that raced with a stop signal goes straight back.
    if (this.stopping) abort.abort(new TaskError('handed_back', 'the worker is shutting down', true));
    const heartbeatMs = Math.min(MAX_HEARTBEAT_MS, Math.max(MIN_HEARTBEAT_MS, lease.heartbeatIntervalMs || DEFAULT_HEARTBEAT_MS));
    // One heartbeat at a time; a failed one means the conversation is gone (the coordinator will
    // re-lease on expiry), so the task stops and no result is sent on a dead channel.
    let pendingBeat: Promise<void> | undefined;
    let channelLost: Error | undefined;
    const beat = setInterval(() => {
      const cur = this.stats.current;
      if (!cur || pendingBeat || channelLost) return;
      pendingBeat = sendHeartbeat(ch, { taskId: lease.taskId, stage: cur.stage, elapsedSeconds: (Date.now() - started) / 1000 })
        .then((u) => {
          if (u.cancel) abort.abort(new TaskError('cancelled', 'the coordinator cancelled this task', false));
        })
        .catch((e) => {
          channelLost = e as Error;
          abort.abort(new TaskError('lease_lost', `lost the coordinator: ${(e as Error).message}`, true));
        })
        .finally(() => {
          pendingBeat = undefined;
        });
    }, heartbeatMs);
    const status = setInterval(() => this.renderStatus(), 1000);
    status.unref();

    let result: BodyProps['result'];
    let output: Uint8Array | undefined;
    try {
      const out = await runTask(lease, {
        node: this.node,
        coordinator,
        workDir: workRoot,
        sizing: this.sizing,
        memoryCapBytes: this.opts.maxMemory,
        threads: this.opts.threads,
        nice: this.opts.nice,
        cpuDuty: this.opts.cpuDuty,
        signal: abort.signal,
        onStage: (stage) => {
          if (this.stats.current) this.stats.current.stage = stage;
        },
      });
      output = out.output;
      result = {
        taskId: lease.taskId,
        jobId: lease.jobId,
        output: { sha256: out.sha256, size: out.output.length, role: 'receipt' },
        claimDigest: out.claimDigest,
        timings: out.timings,
        peakRssBytes: out.peakRssBytes,
      };
    } catch (e) {
      const err = e instanceof TaskError ? e : new TaskError('prover_failed', (e as Error).message, true);
      result = { taskId: lease.taskId, jobId: lease.jobId, error: { code: err.code, message: err.message.slice(0, 4000), retryable: err.retryable } };
    } finally {
      clearInterval(beat);
      clearInterval(status);
      this.taskAbort = undefined;
    }
    await pendingBeat;
    if (result.error?.code === 'memory_cap_exceeded' && lease.kind === TaskKind.PROVE_LIFT) {
      // Calibration underestimated this machine: stop advertising the po2 that failed.
      this.sizing.maxPo2 = Math.max(0, Math.min(this.sizing.maxPo2, lease.po2 - 1));
      this.log.warn('lowering max po2 after going over the memory cap', { maxPo2: this.sizing.maxPo2 });
    }
    if (channelLost) {
      this.stats.current = undefined;
      this.stats.tasksFailed++;
      throw channelLost;
    }

    // The result goes out whole or not at all: the coordinator only acts on it after the last chunk.
    const ack = await submitResult(ch, result, output);
    await ch.close();
    this.stats.current = undefined;
    if (result.error) {
      this.stats.tasksFailed++;
      this.log.warn('task failed', { taskId: lease.taskId, code: result.error.code, message: result.error.message, accepted: ack.accepted });
    } else {
      this.stats.tasksDone++;
      this.ledger.record(kindOfWire(lease.kind)?.name ?? kind, lease.po2, ack.accepted, (Date.now() - started) / 1000, ack.reason);
      if (!ack.accepted) this.log.warn('result refused by the coordinator', { taskId: lease.taskId, kind, reason: ack.reason, contributed: this.ledger.summary() });
      this.log.info('task done', {
        taskId: lease.taskId,
        seconds: (Date.now() - started) / 1000,
        peakRssBytes: result.peakRssBytes,
        accepted: ack.accepted,
        reason: ack.reason || undefined,
      });
    }
  }

  /**
   * The idle line: the TTY status line always, and the log once per new reason, so an operator
   * reading a journal (systemd) also learns why the machine is not proving.
   */
  private idle(reason: string): void {
    this.log.status(`idle · ${this.ledger.summary()} · ${reason}`);
    if (reason !== this.idleReason) this.log.info('idle', { reason, contributed: this.ledger.summary() });
    this.idleReason = reason;
  }

  private renderStatus(): void {
    const c = this.stats.current;
    if (!c) return;
    const elapsed = ((Date.now() - c.startedAt) / 1000).toFixed(0);
    const speed = this.sizing.speeds.find((s) => s.po2 === c.po2);
    const khz = speed ? ` · ~${(2 ** c.po2 / speed.proveSeconds / 1000).toFixed(1)} kHz` : '';
    this.log.status(`▸ ${c.taskId} ${c.kind} po2 ${c.po2} · ${c.stage} ${elapsed}s${khz} · ${this.ledger.summary()}`);
  }
}
