/**
 * Both sides of the task conversation, so coordinator and test peers reuse one implementation:
 *
 *   worker                         coordinator
 *   workRequest(capacity)   ──▶
 *                           ◀──    lease | noWork
 *   heartbeat               ──▶                      (repeated while proving)
 *                           ◀──    leaseUpdate       (new deadline, or cancel)
 *   result [+ blobChunk…]   ──▶
 *                           ◀──    ack
 *
 * Inputs are fetched on the blob protocol (one stream per blob), dialled by the worker.
 */
import type { PeerId } from '@libp2p/interface';

import { receiveBlob, sendBlob, sendBlobStream } from './blobs.js';
import { Channel } from './channel.js';
import type { Bodies, BodyProps } from './codec.js';
import { ProtocolError } from './errors.js';
import { BLOB_PROTOCOL, TASK_PROTOCOL } from './ids.js';
import { MAX_BLOB_STREAMS_PER_CONNECTION, MAX_RECEIPT_BYTES } from './limits.js';
import type { WholesumNode } from './node.js';

// ---- worker side ----

export async function openTaskChannel(node: WholesumNode, coordinator: PeerId, timeoutMs?: number): Promise<Channel> {
  const stream = await node.dialProtocol(coordinator, TASK_PROTOCOL, { signal: AbortSignal.timeout(30_000) });
  return new Channel(stream, timeoutMs);
}

export async function requestWork(
  ch: Channel,
  capacity: BodyProps['workRequest']['capacity'],
  tokenProof?: Uint8Array,
): Promise<{ kind: 'lease'; body: Bodies['lease'] } | { kind: 'noWork'; body: Bodies['noWork'] }> {
  return ch.request('workRequest', { capacity, tokenProof }, ['lease', 'noWork'] as const);
}

export async function sendHeartbeat(ch: Channel, hb: BodyProps['heartbeat']): Promise<Bodies['leaseUpdate']> {
  return (await ch.request('heartbeat', hb, ['leaseUpdate'] as const)).body;
}

/**
 * Report a task's outcome: the result, its output blob (if any) right behind it, then the
 * coordinator's verdict. One exclusive exchange, so no heartbeat can slip in between the frames.
 */
export async function submitResult(ch: Channel, result: BodyProps['result'], output?: Uint8Array): Promise<Bodies['ack']> {
  return ch.exclusive(async () => {
    await ch.send('result', result);
    if (output) await sendBlob(ch, output, result.output?.sha256 ?? undefined);
    return (await ch.receive(['ack'] as const)).body;
  });
}

export async function fetchBlob(node: WholesumNode, peer: PeerId, ref: { sha256: string; size: number }, signal?: AbortSignal): Promise<Uint8Array> {
  const dialSignal = signal ? AbortSignal.any([AbortSignal.timeout(30_000), signal]) : AbortSignal.timeout(30_000);
  const stream = await node.dialProtocol(peer, BLOB_PROTOCOL, { signal: dialSignal });
  const ch = new Channel(stream);
  try {
    await ch.send('blobRequest', { sha256: ref.sha256 });
    const data = await receiveBlob(ch, ref, undefined, signal);
    await ch.close();
    return data;
  } catch (e) {
    ch.abort(e as Error);
    throw e;
  }
}

// ---- coordinator side ----

export interface LeaseFollower {
  /** Decide the answer to a heartbeat: extend the lease, or cancel the task. */
  onHeartbeat(hb: Bodies['heartbeat']): BodyProps['leaseUpdate'] | Promise<BodyProps['leaseUpdate']>;
  /** How long to wait for the next heartbeat or the result. */
  readTimeoutMs(): number;
}

export interface LeaseOutcome {
  result: Bodies['result'];
  /** The output blob, already checked against the sha256 and size the result announced. */
  output?: Uint8Array;
}

export async function awaitWorkRequest(ch: Channel): Promise<Bodies['workRequest']> {
  return (await ch.receive(['workRequest'] as const)).body;
}

/** After sending a lease: answer heartbeats until the result (and its output blob) arrives. */
export async function followLease(ch: Channel, f: LeaseFollower): Promise<LeaseOutcome> {
  for (;;) {
    const msg = await ch.receive(['heartbeat', 'result', 'fault'] as const, f.readTimeoutMs());
    if (msg.kind === 'fault') {
      const fault = msg.body as Bodies['fault'];
      throw new ProtocolError('closed', `worker gave up: ${fault.code}: ${fault.message}`);
    }
    if (msg.kind === 'heartbeat') {
      await ch.send('leaseUpdate', await f.onHeartbeat(msg.body as Bodies['heartbeat']));
      continue;
    }
    const result = msg.body as Bodies['result'];
    if (!result.output) return { result };
    // The size comes from the worker: bound it before allocating anything.
    const output = await receiveBlob(ch, { sha256: result.output.sha256 ?? '', size: Number(result.output.size) }, MAX_RECEIPT_BYTES);
    return { result, output };
  }
}

/** A blob the server streams: its size and its bytes in order (e.g. a file read stream). */
export interface BlobSource {
  size: number;
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/** A blob held in memory as a source (test servers, small stores). */
export const blobSourceOf = (data: Uint8Array): BlobSource => ({ size: data.length, chunks: [data] });

/**
 * Who may have which blob is the server's call: `lookup` returns the blob to send, or a refusal
 * (a string), sent as `unknown_blob` whether or not the blob exists, so a refused peer learns
 * nothing about what the store holds. Unknown blobs get a fault, never a crash.
 */
export async function serveBlobs(node: WholesumNode, lookup: (sha256: string, peer: PeerId) => Promise<BlobSource | string>): Promise<void> {
  await node.handle(
    BLOB_PROTOCOL,
    async (stream, connection) => {
      const ch = new Channel(stream);
      try {
        const { body } = await ch.receive(['blobRequest'] as const);
        const found = await lookup(body.sha256, connection.remotePeer);
        if (typeof found === 'string') return await ch.fault('unknown_blob', `no blob ${body.sha256.slice(0, 64)} for you: ${found}`);
        await sendBlobStream(ch, body.sha256, found.size, found.chunks);
        await ch.close();
      } catch (e) {
        await ch.fault((e as ProtocolError).code ?? 'error', (e as Error).message);
      }
    },
    { maxInboundStreams: MAX_BLOB_STREAMS_PER_CONNECTION },
  );
}
