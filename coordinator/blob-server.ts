/**
 * The coordinator's side of the blob protocol: a peer gets a blob only while it holds a current
 * lease whose task takes that blob as an input (the lease book says), at most
 * --max-blob-streams-per-peer at once, streamed from disk. Everything else — a banned peer, a
 * stranger, another client's input, a task the peer lost — is refused and counted in /metrics.
 */
import { createReadStream } from 'node:fs';

import type { PeerId } from '@libp2p/interface';

import { type BlobSource, CHUNK_BYTES, serveBlobs, type WholesumNode } from '../protocol/index.js';
import type { BlobStore } from './blobstore.js';
import type { LeaseBook } from './leases.js';
import type { Metrics } from './metrics.js';

export interface BlobServerDeps {
  node: WholesumNode;
  blobs: BlobStore;
  book: LeaseBook;
  metrics: Metrics;
  maxStreamsPerPeer: number;
}

export class BlobServer {
  private readonly active = new Map<string, number>();

  constructor(private readonly d: BlobServerDeps) {}

  async start(): Promise<void> {
    await serveBlobs(this.d.node, (sha, peer) => this.lookup(sha, peer));
  }

  private refuse(reason: 'not_leased' | 'busy' | 'missing', message: string): string {
    this.d.metrics.blobsRefused.inc({ reason });
    return message;
  }

  private async lookup(sha: string, remote: PeerId): Promise<BlobSource | string> {
    const peer = remote.toString();
    if (!this.d.book.mayFetch(peer, sha)) return this.refuse('not_leased', 'it is not an input of a task leased to you');
    const n = this.active.get(peer) ?? 0;
    if (n >= this.d.maxStreamsPerPeer) return this.refuse('busy', `you already fetch ${n} blobs at once; fetch them one after another`);
    const size = await this.d.blobs.size(sha);
    if (size === undefined) return this.refuse('missing', 'it is not in the store');
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
