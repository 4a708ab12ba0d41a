/**
 * The least of a libp2p Stream that Channel's reads use, fed from memory: a real stream pair costs
 * about a millisecond to set up, which a 100,000-input fuzz cannot afford. It mirrors what
 * @libp2p/utils' byteStream looks at (message and remoteCloseWrite events, remoteWriteStatus,
 * readBufferLength); the fuzz checks a sample of inputs against a real stream pair, so a library
 * change that makes the two disagree fails loudly instead of fuzzing a fiction.
 */
import type { Stream } from '@libp2p/interface';

class FakeStream extends EventTarget {
  remoteWriteStatus: 'writable' | 'closed' = 'writable';
  readonly readBufferLength = 0;
  status = 'open';
  readonly log = Object.assign(() => {}, { error: () => {}, trace: () => {}, enabled: false });

  send(): boolean {
    return true;
  }
  push(): void {}
  closeRead(): void {}
  async close(): Promise<void> {
    this.status = 'closed';
  }
  abort(): void {
    this.status = 'aborted';
  }

  deliver(data: Uint8Array): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }
  end(): void {
    this.remoteWriteStatus = 'closed';
    this.dispatchEvent(new Event('remoteCloseWrite'));
  }
}

/**
 * A stream whose peer writes `bytes` in the pieces `cut` chooses, then closes its side. Delivery
 * happens after the caller has wrapped the stream (Channel listens from construction on).
 */
export function memoryStream(bytes: Uint8Array, cut: () => number): { stream: Stream; start(): void } {
  const s = new FakeStream();
  return {
    stream: s as unknown as Stream,
    start() {
      for (let at = 0; at < bytes.length; ) {
        const end = at + Math.max(1, cut());
        s.deliver(bytes.subarray(at, end));
        at = end;
      }
      s.end();
    },
  };
}
