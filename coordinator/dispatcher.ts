/**
 * The coordinator side of the task protocol: a worker asks for work with its capacity, gets a
 * lease (or noWork), heartbeats while proving and returns its result, which results.ts verifies.
 * When a lease ends is the lease book's rule (leases.ts): heartbeats stop, the stream dies, or it
 * runs past its hard deadline.
 */
import { awaitWorkRequest, Channel, remoteIp, followLease, MAX_TASK_STREAMS_PER_CONNECTION, ProtocolError, TASK_KINDS, TASK_PROTOCOL, type WholesumNode } from '../protocol/index.js';
import type { Logger } from '../common/index.js';
import type { Assigner } from './assign.js';
import type { Lease, LeaseBook } from './leases.js';
import type { Metrics } from './metrics.js';
import type { PeerPolicy, Refusal } from './peers.js';
import { REFUSED_RETRY_MS } from './peers.js';
import type { Pool } from './pool.js';
import type { Results } from './results.js';
import type { Trust } from './trust.js';

export interface DispatcherDeps {
  node: WholesumNode;
  assigner: Assigner;
  book: LeaseBook;
  results: Results;
  pool: Pool;
  peers: PeerPolicy;
  trust: Trust;
  metrics: Metrics;
  log: Logger;
  heartbeatMs: number;
}

export class Dispatcher {
  constructor(private readonly d: DispatcherDeps) {}

  async start(): Promise<void> {
    await this.d.node.handle(
      TASK_PROTOCOL,
      (stream, connection) => {
        void this.converse(new Channel(stream), connection.remotePeer.toString(), remoteIp(connection.remoteAddr));
      },
      { maxInboundStreams: MAX_TASK_STREAMS_PER_CONNECTION },
    );
  }

  /** Peers whose refusal was logged: once each, since a hostile one may ask again at once. */
  private readonly refusedLogged = new Set<string>();

  private async refuse(ch: Channel, peer: string, r: Refusal): Promise<void> {
    this.d.metrics.peersRefused.inc({ reason: r.kind });
    if (!this.refusedLogged.has(peer) && this.refusedLogged.size < 10_000) {
      this.refusedLogged.add(peer);
      this.d.log.info('work request refused', { peer, reason: r.reason });
    }
    await ch.send('noWork', { retryAfterMs: REFUSED_RETRY_MS, reason: r.reason });
    await ch.close();
  }

  private async converse(ch: Channel, peer: string, ip: string): Promise<void> {
    let lease: Lease | undefined;
    try {
      const req = await awaitWorkRequest(ch);
      const stranger = this.d.peers.admits(peer, req.tokenProof);
      if (stranger) return await this.refuse(ch, peer, stranger);
      const worker = await this.d.pool.seen(peer, req.capacity);
      this.d.trust.seenAt(peer, ip);
      const refusal = this.d.peers.judge(worker.record);
      worker.refused = refusal?.reason;
      this.d.metrics.workersLive.set(this.d.pool.live().length);
      if (refusal) return await this.refuse(ch, peer, refusal);
      const picked = this.d.assigner.pick(worker);
      if (typeof picked === 'string') {
        await ch.send('noWork', { retryAfterMs: 1000, reason: picked });
        return await ch.close();
      }
      lease = picked;
      const l = lease;
      const t = l.task;
      await ch.send('lease', {
        taskId: `${l.job.id}/${t.id}`,
        jobId: l.job.id,
        kind: TASK_KINDS[t.kind].wire,
        po2: t.po2,
        inputs: t.inputs.map((i) => ({ sha256: i.sha256, size: i.size, role: i.role })),
        leaseDeadlineMs: this.d.book.firstDeadlineMs(),
        heartbeatIntervalMs: this.d.heartbeatMs,
        expectedClaim: t.expectedClaim ?? '',
        imageId: l.job.session.imageId,
      });
      this.d.log.info('leased', { job: l.job.id, task: t.id, peer });
      const outcome = await followLease(ch, {
        readTimeoutMs: () => this.d.book.readTimeoutMs(),
        onHeartbeat: (hb) => {
          const { deadlineMs, cancel, overdue } = this.d.book.heartbeat(l);
          if (overdue) this.d.results.lost(l, 'overdue');
          return { taskId: hb.taskId, leaseDeadlineMs: deadlineMs, cancel };
        },
      });
      const verdict = outcome.result.taskId === `${l.job.id}/${t.id}` ? await this.d.results.complete(l, outcome) : await this.d.results.refuseForeign(l, outcome.result.taskId);
      await ch.send('ack', { taskId: outcome.result.taskId, accepted: verdict.accepted, reason: verdict.reason });
      await ch.close();
    } catch (e) {
      const reason = e instanceof ProtocolError ? `${e.code}: ${e.message}` : (e as Error).message;
      if (lease && this.d.book.isCurrent(lease)) {
        this.d.book.release(lease, `lease lost: ${reason}`);
        this.d.results.lost(lease, 'lease lost');
        this.d.log.warn('lease lost', { job: lease.job.id, task: lease.task.id, peer, reason });
      }
      ch.abort(e as Error);
    }
  }
}
