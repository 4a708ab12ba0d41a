/**
 * A test-only peer that speaks the worker side of the protocol honestly but lies in its results:
 * for a join it returns one of the children it was given (a valid receipt of another span), for a
 * segment a receipt of another span it has seen, or else tampered bytes. It advertises itself as
 * very fast, so the coordinator prefers it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { multiaddr } from '@multiformats/multiaddr';

import { createNode, fetchBlob, openTaskChannel, requestWork, sha256Hex, submitResult, TaskKind, type WholesumNode } from '../../protocol/index.js';

/**
 * replay: a valid receipt of another claim; tampered: a receipt's first bytes, then noise; garbage:
 * random bytes; foreign: a result naming a task that was never leased to it.
 */
export type Forgery = 'replay' | 'tampered' | 'garbage' | 'foreign';

export interface ForgerOptions {
  groth16?: boolean;
  maxPo2?: number;
  /** Valid receipts to replay from the start (else only receipts seen as join inputs). */
  stash?: Uint8Array[];
  /** Take turns through every forgery, one per lease, instead of the most convincing one. */
  rotate?: boolean;
}

const ROTATION: Forgery[] = ['garbage', 'foreign', 'replay', 'tampered'];

export interface ForgedResult {
  taskId: string;
  kind: string;
  forgery: Forgery;
  accepted: boolean;
  reason: string;
}

export class Forger {
  readonly results: ForgedResult[] = [];
  banned = '';
  private stopped = false;
  private readonly stash: Uint8Array[] = [];
  private loop?: Promise<void>;

  private constructor(
    readonly node: WholesumNode,
    private readonly o: ForgerOptions,
  ) {
    this.stash.push(...(o.stash ?? []));
  }

  /** `groth16`: claim a Groth16 backend (and answer a GROTH16 task with the succinct receipt it got). */
  static async start(coordinator: string, o: ForgerOptions = {}): Promise<Forger> {
    const node = await createNode({ role: 'worker', dataDir: mkdtempSync(join(tmpdir(), 'wholesum-forger-')) });
    const f = new Forger(node, o);
    f.loop = f.run(coordinator);
    return f;
  }

  get peer(): string {
    return this.node.peerId.toString();
  }

  private async run(addr: string): Promise<void> {
    // A dial can be reset while the coordinator sheds other peers' connections: try again.
    let conn: Awaited<ReturnType<WholesumNode['dial']>> | undefined;
    for (let i = 0; !conn && !this.stopped; i++) {
      conn = await this.node.dial(multiaddr(addr)).catch((e: Error) => {
        if (i >= 20) throw e;
        return new Promise<undefined>((r) => setTimeout(() => r(undefined), 500));
      });
    }
    if (!conn) return;
    while (!this.stopped) {
      try {
        const ch = await openTaskChannel(this.node, conn.remotePeer);
        const offer = await requestWork(ch, {
          maxPo2: this.o.maxPo2 ?? 16,
          canAggregate: true,
          groth16: this.o.groth16 ?? false,
          freeSlots: 1,
          liftSeconds: 1,
          cores: 64,
          threads: 64,
          speeds: [{ po2: 16, proveSeconds: 1, measured: true }],
          proverVersion: 'forger',
        });
        if (offer.kind === 'noWork') {
          await ch.close();
          if (offer.body.reason.startsWith('banned')) {
            this.banned = offer.body.reason;
            return;
          }
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        const lease = offer.body;
        const inputs = [];
        for (const ref of lease.inputs) inputs.push(await fetchBlob(this.node, conn.remotePeer, { sha256: ref.sha256 ?? '', size: Number(ref.size) }));
        let output: Uint8Array;
        let forgery: Forgery;
        let taskId = lease.taskId;
        if (this.o.rotate && lease.kind === TaskKind.JOIN) this.stash.push(...inputs);
        if (this.o.rotate) {
          forgery = ROTATION[this.results.length % ROTATION.length]!;
          if (forgery === 'replay' && this.stash.length === 0) forgery = 'tampered';
          output = forgery === 'garbage' ? randomBytes(2048) : forgery === 'replay' ? this.stash[0]! : Buffer.concat([Buffer.from(inputs[0]!.subarray(0, 64)), randomBytes(4096)]);
          if (forgery === 'foreign') taskId = `${lease.jobId}/seg-99999`;
        } else if (lease.kind === TaskKind.JOIN || lease.kind === TaskKind.GROTH16) {
          this.stash.push(...inputs);
          output = inputs[0]!;
          forgery = 'replay';
        } else if (this.stash.length > 0) {
          output = this.stash[0]!;
          forgery = 'replay';
        } else {
          output = Buffer.concat([Buffer.from(inputs[0]!.subarray(0, 64)), randomBytes(4096)]);
          forgery = 'tampered';
        }
        const ack = await submitResult(ch, { taskId, jobId: lease.jobId, output: { sha256: sha256Hex(output), size: output.length, role: 'receipt' }, claimDigest: lease.expectedClaim }, output);
        await ch.close();
        this.results.push({ taskId: lease.taskId, kind: TaskKind[lease.kind] ?? '?', forgery, accepted: ack.accepted, reason: ack.reason });
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.node.stop();
    await this.loop?.catch(() => undefined);
  }
}
