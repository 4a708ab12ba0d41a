/**
 * A typed, bounded, timed conversation over one libp2p stream: length-prefixed Envelope frames.
 * Every read and write has a deadline and a size cap, so a stalled or hostile peer costs a timeout,
 * never a hang or an unbounded buffer; every failure surfaces as ProtocolError. A failed read leaves
 * the framing in an unknown state, so it also aborts the stream: a channel never reads out of step.
 */
import type { Stream } from '@libp2p/interface';
import { lpStream, type LengthPrefixedStream } from '@libp2p/utils';

import { decodeMessage, encodeMessage, type BodyKind, type BodyProps, type Message } from './codec.js';
import { ProtocolError } from './errors.js';
import { MAX_FRAME_BYTES, READ_TIMEOUT_MS } from './limits.js';

export class Channel {
  private readonly lp: LengthPrefixedStream;
  /** Serialises exchanges: heartbeats run beside the main flow and must not interleave with it. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly stream: Stream,
    private readonly timeoutMs = READ_TIMEOUT_MS,
  ) {
    // Room for a few frames in flight; each frame is still capped by maxDataLength.
    this.lp = lpStream(stream, { maxDataLength: MAX_FRAME_BYTES, maxBufferSize: 4 * MAX_FRAME_BYTES });
  }

  async send<K extends BodyKind>(kind: K, body: BodyProps[K]): Promise<void> {
    const frame = encodeMessage(kind, body);
    try {
      await this.lp.write(frame, { signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (e) {
      throw this.fail(e);
    }
  }

  async receive<K extends BodyKind>(expect: readonly K[], timeoutMs = this.timeoutMs, signal?: AbortSignal): Promise<Extract<Message, { kind: K }>> {
    const deadline = AbortSignal.timeout(timeoutMs);
    try {
      const frame = (await this.lp.read({ signal: signal ? AbortSignal.any([deadline, signal]) : deadline })).subarray();
      return decodeMessage(frame, expect) as Extract<Message, { kind: K }>;
    } catch (e) {
      throw this.fail(e);
    }
  }

  /** Run `fn` alone on this channel: no other exchange starts until it settles. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Send one message and wait for the answer, as one exclusive exchange. */
  request<K extends BodyKind, R extends BodyKind>(kind: K, body: BodyProps[K], expect: readonly R[], timeoutMs?: number): Promise<Extract<Message, { kind: R }>> {
    return this.exclusive(async () => {
      await this.send(kind, body);
      return this.receive(expect, timeoutMs);
    });
  }

  /** Tell the peer why we give up, then reset the stream. Never throws. */
  async fault(code: string, message: string): Promise<void> {
    try {
      await this.send('fault', { code: code.slice(0, 64), message: message.slice(0, 4000) });
    } catch {
      // The peer may already be gone.
    }
    this.abort(new ProtocolError('closed', `${code}: ${message}`));
  }

  async close(): Promise<void> {
    try {
      await this.stream.close({ signal: AbortSignal.timeout(this.timeoutMs) });
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

  private fail(e: unknown): ProtocolError {
    const err = toProtocolError(e);
    this.abort(err);
    return err;
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
    case 'InvalidMessageLengthError':
      return new ProtocolError('malformed', err.message);
    case 'TimeoutError':
    case 'AbortError':
      return new ProtocolError('timeout', `peer did not answer in time (${err.message})`);
    default:
      return new ProtocolError('closed', `stream failed: ${err?.name ?? 'Error'}: ${err?.message ?? String(e)}`);
  }
}
