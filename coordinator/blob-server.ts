/**
 * The coordinator's side of the blob protocol: a peer gets a blob only while it holds a current
 * lease whose task takes that blob as an input (the lease book says), at most
 * --max-blob-streams-per-peer at once, streamed from disk. Everything else — a banned peer, a
 * stranger, another client's input, a task the peer lost — is refused and counted in /metrics.
 * An honest worker is refused rarely (a fetch racing the end of its lease); a peer refused more
 * than REFUSAL_BURST times at more than one a second is a flood: it is disconnected and its
 * identity refused connections for FLOOD_BLOCK_MS.
 */
import { createReadStream } from 'node:fs';

import type { PeerId } from '@libp2p/interface';
import { peerIdFromString } from '@libp2p/peer-id';

import { type BlobSource, CHUNK_BYTES, serveBlobs, type WholesumNode } from '../protocol/index.js';
import type { BlobStore } from './blobstore.js';
import type { LeaseBook } from './leases.js';
import type { Metrics } from './metrics.js';

/** Refusals a peer may collect at once, and the rate at which that allowance comes back. */
export const REFUSAL_BURST = 20;
export const REFUSALS_PER_SECOND = 1;
export const FLOOD_BLOCK_MS = 600_000;

export interface BlobServerDeps {
  node: WholesumNode;
  blobs: BlobStore;
  book: LeaseBook;
  metrics: Metrics;
  maxStreamsPerPeer: number;
}

export class BlobServer {
  private readonly active = new Map<string, number>();
  /** Per peer: refusal allowance left and when it was last counted. */
  private readonly allowance = new Map<string, { left: number; atMs: number }>();
  private readonly blocked = new Map<string, number>();

  constructor(private readonly d: BlobServerDeps) {}

  /** For the connection gater: a flooder's identity is refused until its block ends. */
  isBlocked(peer: string): boolean {
    const until = this.blocked.get(peer);
    if (until === undefined) return false;
    if (Date.now() < until) return true;
    this.blocked.delete(peer);
    return false;
  }

  /** Counts a refusal against the peer; past its allowance it is cut off. */
  private charge(peer: string): void {
    const now = Date.now();
    const a = this.allowance.get(peer) ?? { left: REFUSAL_BURST, atMs: now };
    a.left = Math.min(REFUSAL_BURST, a.left + ((now - a.atMs) / 1000) * REFUSALS_PER_SECOND) - 1;
    a.atMs = now;
    this.allowance.set(peer, a);
    if (a.left >= 0) return;
    this.allowance.delete(peer);
    // Bounded: an identity flood makes old entries go first.
    if (this.blocked.size >= 100_000) this.blocked.delete(this.blocked.keys().next().value!);
    this.blocked.set(peer, now + FLOOD_BLOCK_MS);
    this.d.metrics.blobsRefused.inc({ reason: 'flood' });
    void this.d.node.hangUp(peerIdFromString(peer)).catch(() => undefined);
  }

  async start(): Promise<void> {
    await serveBlobs(this.d.node, (sha, peer) => this.lookup(sha, peer));
  }

  private refuse(peer: string, reason: 'not_leased' | 'busy' | 'missing', message: string): string {
    this.d.metrics.blobsRefused.inc({ reason });
    if (reason === 'not_leased') this.charge(peer);
    return message;
  }

  private async lookup(sha: string, remote: PeerId): Promise<BlobSource | string> {
    const peer = remote.toString();
    if (!this.d.book.mayFetch(peer, sha)) return this.refuse(peer, 'not_leased', 'it is not an input of a task leased to you');
    const n = this.active.get(peer) ?? 0;
    if (n >= this.d.maxStreamsPerPeer) return this.refuse(peer, 'busy', `you already fetch ${n} blobs at once; fetch them one after another`);
    const size = await this.d.blobs.size(sha);
    if (size === undefined) return this.refuse(peer, 'missing', 'it is not in the store');
    this.active.set(peer, n + 1);
    const release = () => {
      const left = (this.active.get(peer) ?? 1) - 1;
      if (left > 0) this.active.set(peer, left);
      else this.active.delete(peer);
    };
    this.d.metrics.blobsServed.inc();
    return { size, chunks: this.stream(sha, release) };
  }

  private async *stream(sha: string, release: () => void): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of createReadStream(this.d.blobs.path(sha), { highWaterMark: CHUNK_BYTES })) yield chunk as Buffer;
    } finally {
      release();
    }
  }
}
