/**
 * The coordinator side of the task protocol: a worker asks for work with its capacity, gets a
 * lease (or noWork), heartbeats while proving and returns its result, which the engine verifies.
 * A lease is taken back when heartbeats stop, when the stream dies, or when it runs far past what
 * the worker's own calibration predicted.
 */
import {
  awaitWorkRequest,
  Channel,
  followLease,
  MAX_TASK_STREAMS_PER_CONNECTION,
  ProtocolError,
  TASK_PROTOCOL,
  TaskKind,
  type WholesumNode,
} from '../protocol/index.js';
import type { Engine } from './engine.js';
import type { Lease } from './job.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { CoordinatorOptions } from './options.js';
import type { PeerPolicy, Refusal } from './peers.js';
import { REFUSED_RETRY_MS } from './peers.js';
import type { Pool } from './pool.js';

const KIND = { prove_lift: TaskKind.PROVE_LIFT, join: TaskKind.JOIN, groth16: TaskKind.GROTH16 } as const;

export class Dispatcher {
  constructor(
    private readonly node: WholesumNode,
    private readonly engine: Engine,
    private readonly pool: Pool,
    private readonly opts: CoordinatorOptions,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    private readonly peers: PeerPolicy,
  ) {}

  async start(): Promise<void> {
    await this.node.handle(
      TASK_PROTOCOL,
      (stream, connection) => {
        void this.converse(new Channel(stream), connection.remotePeer.toString());
      },
      { maxInboundStreams: MAX_TASK_STREAMS_PER_CONNECTION },
    );
  }

  /** Peers whose refusal was logged: once each, since a hostile one may ask again at once. */
  private readonly refusedLogged = new Set<string>();

  private async refuse(ch: Channel, peer: string, r: Refusal): Promise<void> {
    this.metrics.peersRefused.inc({ reason: r.kind });
    if (!this.refusedLogged.has(peer) && this.refusedLogged.size < 10_000) {
      this.refusedLogged.add(peer);
      this.log.info('work request refused', { peer, reason: r.reason });
    }
    await ch.send('noWork', { retryAfterMs: REFUSED_RETRY_MS, reason: r.reason });
    await ch.close();
  }

  private async converse(ch: Channel, peer: string): Promise<void> {
    let lease: Lease | undefined;
    try {
      const req = await awaitWorkRequest(ch);
      const stranger = this.peers.admits(peer);
      if (stranger) return await this.refuse(ch, peer, stranger);
      const worker = await this.pool.seen(peer, req.capacity);
      const refusal = this.peers.judge(worker.record);
      worker.refused = refusal?.reason;
      this.metrics.workersLive.set(this.pool.live().length);
      if (refusal) return await this.refuse(ch, peer, refusal);
      lease = this.engine.pick(worker);
      if (!lease) {
        await ch.send('noWork', { retryAfterMs: 1000, reason: 'no task fits this worker right now' });
        return await ch.close();
      }
      const l = lease;
      const t = l.task;
      await ch.send('lease', {
        taskId: `${l.job.id}/${t.id}`,
        jobId: l.job.id,
        kind: KIND[t.kind],
        po2: t.po2,
        inputs: t.inputs.map((i) => ({ sha256: i.sha256, size: i.size, role: i.role })),
        leaseDeadlineMs: Date.now() + 3 * this.opts.heartbeatMs,
        heartbeatIntervalMs: this.opts.heartbeatMs,
        expectedClaim: t.expectedClaim ?? '',
        imageId: l.job.session.imageId,
      });
      this.log.info('leased', { job: l.job.id, task: t.id, peer });
      const outcome = await followLease(ch, {
        readTimeoutMs: () => 3 * this.opts.heartbeatMs + 2000,
        onHeartbeat: (hb) => {
          const overdue = Date.now() > l.hardDeadlineMs;
          const cancel = overdue || !this.engine.isCurrent(l);
          if (overdue) this.engine.release(l, 'overdue: far past the worker’s expected time');
          return { taskId: hb.taskId, leaseDeadlineMs: Date.now() + 3 * this.opts.heartbeatMs, cancel };
        },
      });
      const verdict =
        outcome.result.taskId === `${l.job.id}/${t.id}`
          ? await this.engine.complete(l, outcome)
          : await this.engine.refuseForeign(l, outcome.result.taskId);
      await ch.send('ack', { taskId: outcome.result.taskId, accepted: verdict.accepted, reason: verdict.reason });
      await ch.close();
    } catch (e) {
      const reason = e instanceof ProtocolError ? `${e.code}: ${e.message}` : (e as Error).message;
      if (lease) {
        this.engine.release(lease, `lease lost: ${reason}`);
        await this.pool.failed(peer);
        this.log.warn('lease lost', { job: lease.job.id, task: lease.task.id, peer, reason });
      }
      ch.abort(e as Error);
    }
  }
}
