/**
 * A typed, bounded, timed conversation over one libp2p stream: length-prefixed Envelope frames.
 * Every read has a deadline and a size cap, so a stalled or hostile peer costs a timeout, never a hang
 * or an unbounded buffer; every failure surfaces as ProtocolError.
 */
import type { Stream } from '@libp2p/interface';
import { lpStream, type LengthPrefixedStream } from '@libp2p/utils';

import { decodeMessage, encodeMessage, type BodyKind, type BodyProps, type Message } from './codec.js';
import { ProtocolError } from './errors.js';
import { MAX_FRAME_BYTES, READ_TIMEOUT_MS } from './limits.js';

export class Channel {
  private readonly lp: LengthPrefixedStream;
  /** Serialises request/response exchanges (heartbeats run beside the main flow). */
  private exchange: Promise<unknown> = Promise.resolve();

  constructor(
    readonly stream: Stream,
    private readonly readTimeoutMs = READ_TIMEOUT_MS,
  ) {
    this.lp = lpStream(stream, { maxDataLength: MAX_FRAME_BYTES, maxBufferSize: MAX_FRAME_BYTES + (64 << 10) });
  }

  async send<K extends BodyKind>(kind: K, body: BodyProps[K]): Promise<void> {
    try {
      await this.lp.write(encodeMessage(kind, body));
    } catch (e) {
      throw toProtocolError(e);
    }
  }

  async receive<K extends BodyKind>(expect: readonly K[], timeoutMs = this.readTimeoutMs): Promise<Extract<Message, { kind: K }>> {
    let frame: Uint8Array;
    try {
      frame = (await this.lp.read({ signal: AbortSignal.timeout(timeoutMs) })).subarray();
    } catch (e) {
      throw toProtocolError(e);
    }
    return decodeMessage(frame, expect) as Extract<Message, { kind: K }>;
  }

  /** Send one message and wait for the answer, never interleaving with another exchange. */
  request<K extends BodyKind, R extends BodyKind>(kind: K, body: BodyProps[K], expect: readonly R[], timeoutMs?: number): Promise<Extract<Message, { kind: R }>> {
    const run = this.exchange.then(async () => {
      await this.send(kind, body);
      return this.receive(expect, timeoutMs);
    });
    this.exchange = run.catch(() => undefined);
    return run;
  }

  /** Tell the peer why we give up, then reset the stream. Never throws. */
  async fault(code: string, message: string): Promise<void> {
    try {
      await this.send('fault', { code, message: message.slice(0, 4000) });
    } catch {
      // The peer may already be gone.
    }
    this.abort(new ProtocolError('closed', `${code}: ${message}`));
  }

  async close(): Promise<void> {
    try {
      await this.stream.close();
    } catch {
      this.abort(new ProtocolError('closed', 'close failed'));
    }
  }

  abort(err: Error): void {
    try {
      this.stream.abort(err);
    } catch {
      // Already closed.
    }
  }
}

export function toProtocolError(e: unknown): ProtocolError {
  if (e instanceof ProtocolError) return e;
  const err = e as Error;
  switch (err?.name) {
    case 'InvalidDataLengthError':
    case 'InvalidDataLengthLengthError':
    case 'StreamBufferError':
      return new ProtocolError('oversize', err.message);
    case 'TimeoutError':
    case 'AbortError':
      return new ProtocolError('timeout', `peer did not answer in time (${err.message})`);
    default:
      return new ProtocolError('closed', `stream failed: ${err?.name ?? 'Error'}: ${err?.message ?? String(e)}`);
  }
}
