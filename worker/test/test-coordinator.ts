/**
 * A small peer that speaks the coordinator side of the protocol, for worker tests. It uses the same
 * protocol code the real coordinator uses (session.ts); it just takes its leases from a queue.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  awaitWorkRequest,
  blobSourceOf,
  Channel,
  createNode,
  followLease,
  serveBlobs,
  sha256Hex,
  TASK_PROTOCOL,
  type Bodies,
  type BodyProps,
  type LeaseOutcome,
  type WholesumNode,
} from '../../protocol/index.js';

export interface Offer {
  lease: BodyProps['lease'];
  /** Blobs by role; `corrupt` roles are served with a flipped byte. */
  blobs: Record<string, Uint8Array>;
  corrupt?: string[];
  /** Answer heartbeats with cancel once this many have arrived. */
  cancelAfterHeartbeats?: number;
  onHeartbeat?: (hb: Bodies['heartbeat']) => void;
}

export class TestCoordinator {
  readonly workRequests: Bodies['workRequest'][] = [];
  private readonly blobs = new Map<string, Uint8Array>();
  private readonly queue: { offer: Offer; resolve: (o: LeaseOutcome) => void; reject: (e: Error) => void }[] = [];

  private constructor(readonly node: WholesumNode) {}

  static async start(): Promise<TestCoordinator> {
    const node = await createNode({ role: 'coordinator', dataDir: mkdtempSync(join(tmpdir(), 'wholesum-tc-')), listen: ['/ip4/127.0.0.1/tcp/0'] });
    const tc = new TestCoordinator(node);
    await serveBlobs(node, async (sha) => {
      const data = tc.blobs.get(sha);
      return data ? blobSourceOf(data) : 'not here';
    });
    await node.handle(TASK_PROTOCOL, (stream) => tc.converse(new Channel(stream)));
    return tc;
  }

  get addr(): string {
    return this.node.getMultiaddrs()[0]!.toString();
  }

  /** Queue a lease; resolves with the worker's result (and output) once it is submitted. */
  offer(o: Offer): Promise<LeaseOutcome> {
    const inputs = Object.entries(o.blobs).map(([role, data]) => {
      const sha256 = sha256Hex(data);
      const served = o.corrupt?.includes(role) ? Buffer.from(data).fill(0x5a, 100, 101) : data;
      this.blobs.set(sha256, served);
      return { sha256, size: data.length, role };
    });
    o.lease.inputs = inputs;
    return new Promise((resolve, reject) => this.queue.push({ offer: o, resolve, reject }));
  }

  private async converse(ch: Channel): Promise<void> {
    try {
      this.workRequests.push(await awaitWorkRequest(ch));
      const next = this.queue.shift();
      if (!next) {
        await ch.send('noWork', { retryAfterMs: 200, reason: 'queue empty' });
        return await ch.close();
      }
      const { offer } = next;
      await ch.send('lease', offer.lease);
      let beats = 0;
      try {
        const outcome = await followLease(ch, {
          readTimeoutMs: () => 120_000,
          onHeartbeat: (hb) => {
            beats++;
            offer.onHeartbeat?.(hb);
            const cancel = offer.cancelAfterHeartbeats !== undefined && beats >= offer.cancelAfterHeartbeats;
            return { taskId: hb.taskId, leaseDeadlineMs: Date.now() + 60_000, cancel };
          },
        });
        await ch.send('ack', { taskId: outcome.result.taskId, accepted: !outcome.result.error, reason: '' });
        await ch.close();
        next.resolve(outcome);
      } catch (e) {
        next.reject(e as Error);
        ch.abort(e as Error);
      }
    } catch (e) {
      ch.abort(e as Error);
    }
  }

  async stop(): Promise<void> {
    await this.node.stop();
  }
}
