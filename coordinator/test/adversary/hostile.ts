/**
 * Test-only hostile peers: each a real libp2p node with its own identity speaking the real worker
 * protocol, with one way of abusing it.
 * - griefer: answers every lease at once with a retryable error (to spend the job's attempts);
 * - hoarder: claims to be very slow (a deadline of years) and heartbeats forever without a result;
 * - liar: claims 64 cores and one-second tasks, then is as slow as a hoarder;
 * - leech: never takes a lease, asks for blobs by sha256 (the test hands it the real digests of a
 *   job's segments and receipts and of another client's input: the worst case of guessing).
 * Everything it sees is counted, so a test reports from the peers' side as well as the coordinator's.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Connection, PeerId } from '@libp2p/interface';
import { multiaddr } from '@multiformats/multiaddr';

import { type Bodies, type BodyProps, type Channel, createNode, fetchBlob, openTaskChannel, requestWork, sendHeartbeat, submitResult, type WholesumNode } from '../../../protocol/index.js';

export type Behaviour = 'griefer' | 'hoarder' | 'liar' | 'leech';

export interface HostileStats {
  leases: number;
  errorsSent: number;
  heartbeats: number;
  /** Blobs it got: for a leech, each one is a blob served without a lease. */
  blobsGot: number;
  /** Requests the coordinator answered `unknown_blob`. */
  blobsRefused: number;
  /** Requests that got no answer: the coordinator hung up on the flooder and refuses its identity. */
  cutOff: number;
  /** The last noWork reason it heard (probation, backoff, a ban). */
  lastNoWork: string;
  /** Dials refused before it connected (libp2p resets a burst from one address past its per-second rate). */
  dialRetries: number;
  /** Why it could not reach the coordinator at all ('' once it connected). */
  dialError: string;
}

const CAPACITY: Record<Exclude<Behaviour, 'leech'>, BodyProps['workRequest']['capacity']> = {
  griefer: { maxPo2: 20, canAggregate: true, freeSlots: 8, liftSeconds: 50, cores: 4, threads: 4, speeds: [{ po2: 16, proveSeconds: 35, measured: true }], proverVersion: 'griefer' },
  hoarder: { maxPo2: 20, canAggregate: true, freeSlots: 8, liftSeconds: 1e7, cores: 1, threads: 1, speeds: [{ po2: 16, proveSeconds: 1e7, measured: true }], proverVersion: 'hoarder' },
  liar: { maxPo2: 22, canAggregate: true, freeSlots: 64, liftSeconds: 1, cores: 64, threads: 64, speeds: [{ po2: 16, proveSeconds: 1, measured: true }], proverVersion: 'liar' },
};

export class Hostile {
  readonly stats: HostileStats = { leases: 0, errorsSent: 0, heartbeats: 0, blobsGot: 0, blobsRefused: 0, cutOff: 0, lastNoWork: '', dialRetries: 0, dialError: '' };
  private stopped = false;
  private loop?: Promise<void>;

  private constructor(
    readonly node: WholesumNode,
    readonly behaviour: Behaviour,
    private readonly targets: () => string[],
  ) {}

  /** `targets`: for a leech, the digests to ask for (read again each round). */
  static async start(coordinator: string, behaviour: Behaviour, targets: () => string[] = () => []): Promise<Hostile> {
    const node = await createNode({ role: 'worker', dataDir: mkdtempSync(join(tmpdir(), `wholesum-${behaviour}-`)) });
    const h = new Hostile(node, behaviour, targets);
    h.loop = h.run(coordinator);
    return h;
  }

  get peer(): string {
    return this.node.peerId.toString();
  }

  private async run(addr: string): Promise<void> {
    const conn = await this.connect(addr);
    if (!conn) return;
    while (!this.stopped) {
      try {
        if (this.behaviour === 'leech') await this.leech(conn.remotePeer);
        else await this.work(conn.remotePeer, this.behaviour);
      } catch {
        await sleep(100);
      }
    }
  }

  /**
   * Dials as a real worker does, again with backoff while refused: a swarm from one host is reset past
   * the coordinator's per-address dial rate and comes in over the next seconds. Counted, not swallowed:
   * a row whose adversaries never connected measured nothing.
   */
  private async connect(addr: string): Promise<Connection | undefined> {
    let backoff = 500;
    while (!this.stopped) {
      try {
        const conn = await this.node.dial(multiaddr(addr), { signal: AbortSignal.timeout(10_000) });
        this.stats.dialError = '';
        return conn;
      } catch (e) {
        this.stats.dialRetries++;
        this.stats.dialError = (e as Error).message.slice(0, 200);
        await sleep(backoff * (0.5 + Math.random()));
        backoff = Math.min(8000, backoff * 2);
      }
    }
    return undefined;
  }

  private async leech(coordinator: PeerId): Promise<void> {
    const targets = this.targets();
    if (targets.length === 0) return sleep(200);
    for (const sha of targets) {
      if (this.stopped) return;
      try {
        await fetchBlob(this.node, coordinator, { sha256: sha, size: 1024 });
        this.stats.blobsGot++;
      } catch (e) {
        // A size mismatch after the first chunk still means the blob was being sent.
        const message = (e as Error).message;
        if (/blob_corrupt|size/.test(message)) this.stats.blobsGot++;
        // The coordinator's answer, or no answer at all: hung up on and its identity refused (a flood).
        else if (/unknown_blob/.test(message)) this.stats.blobsRefused++;
        else this.stats.cutOff++;
      }
    }
    await sleep(100);
  }

  private async work(coordinator: PeerId, b: Exclude<Behaviour, 'leech'>): Promise<void> {
    const ch = await openTaskChannel(this.node, coordinator);
    const offer = await requestWork(ch, CAPACITY[b]);
    if (offer.kind === 'noWork') {
      this.stats.lastNoWork = offer.body.reason;
      await ch.close();
      return sleep(Math.min(Number(offer.body.retryAfterMs) || 200, 2000));
    }
    this.stats.leases++;
    const lease = offer.body;
    if (b === 'griefer') {
      await submitResult(ch, { taskId: lease.taskId, jobId: lease.jobId, error: { code: 'prover_crashed', message: `griefing ${randomBytes(4).toString('hex')}`, retryable: true } });
      this.stats.errorsSent++;
      return ch.close();
    }
    await this.holdForever(ch, lease);
  }

  /** Heartbeats on time until told to stop: the lease stays alive while nothing is proved. */
  private async holdForever(ch: Channel, lease: Bodies['lease']): Promise<void> {
    const every = Math.max(200, Number(lease.heartbeatIntervalMs) || 1000);
    const started = Date.now();
    while (!this.stopped) {
      await sleep(every);
      const up = await sendHeartbeat(ch, { taskId: lease.taskId, stage: 'proving', elapsedSeconds: (Date.now() - started) / 1000 });
      this.stats.heartbeats++;
      if (up.cancel) break;
    }
    await ch.close().catch(() => undefined);
  }

  /** The loop ends first (it stops within a heartbeat), then the node: no dial is left in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.race([this.loop?.catch(() => undefined), sleep(5000)]);
    await this.node.stop();
  }
}

/** Many identities from one address, mixing the behaviours in turn. */
export async function swarm(coordinator: string, n: number, mix: Behaviour[], targets: () => string[] = () => []): Promise<Hostile[]> {
  const out: Hostile[] = [];
  for (let i = 0; i < n; i++) out.push(await Hostile.start(coordinator, mix[i % mix.length]!, targets));
  return out;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
