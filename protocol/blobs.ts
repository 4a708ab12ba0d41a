/**
 * Blobs (segments, receipts) move on streams as chunks of at most CHUNK_BYTES, each carrying its own
 * sha256; the receiver checks every chunk, the offsets, the total size and the whole blob's sha256.
 */
import { createHash } from 'node:crypto';

import type { Channel } from './channel.js';
import { ProtocolError } from './errors.js';
import { CHUNK_BYTES, MAX_BLOB_BYTES } from './limits.js';

export const sha256Hex = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

export interface BlobRefLike {
  sha256: string;
  size: number;
}

export async function sendBlob(ch: Channel, data: Uint8Array, sha256 = sha256Hex(data)): Promise<void> {
  let offset = 0;
  do {
    const chunk = data.subarray(offset, offset + CHUNK_BYTES);
    await ch.send('blobChunk', {
      sha256,
      offset,
      data: chunk,
      chunkSha256: sha256Hex(chunk),
      totalSize: data.length,
      last: offset + chunk.length >= data.length,
    });
    offset += chunk.length;
  } while (offset < data.length);
}

/**
 * The same frames as `sendBlob`, from a stream of bytes (a file being read), so a server never holds
 * a whole blob in memory. The stream must yield exactly `size` bytes.
 */
export async function sendBlobStream(ch: Channel, sha256: string, size: number, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void> {
  let offset = 0;
  let pending: Uint8Array = new Uint8Array(0);
  const emit = async (chunk: Uint8Array) => {
    await ch.send('blobChunk', { sha256, offset, data: chunk, chunkSha256: sha256Hex(chunk), totalSize: size, last: offset + chunk.length >= size });
    offset += chunk.length;
  };
  for await (const piece of source) {
    pending = pending.length === 0 ? piece : Buffer.concat([pending, piece]);
    while (pending.length >= CHUNK_BYTES && offset + CHUNK_BYTES < size) {
      await emit(pending.subarray(0, CHUNK_BYTES));
      pending = pending.subarray(CHUNK_BYTES);
    }
    if (offset + pending.length > size) throw new ProtocolError('blob_corrupt', `blob ${sha256.slice(0, 12)}… is longer than its ${size} bytes`);
  }
  if (offset + pending.length !== size) throw new ProtocolError('blob_corrupt', `blob ${sha256.slice(0, 12)}… ended at ${offset + pending.length} of ${size} bytes`);
  while (pending.length > CHUNK_BYTES) {
    await emit(pending.subarray(0, CHUNK_BYTES));
    pending = pending.subarray(CHUNK_BYTES);
  }
  await emit(pending);
}

export async function receiveBlob(ch: Channel, ref: BlobRefLike, maxBytes = MAX_BLOB_BYTES, signal?: AbortSignal): Promise<Uint8Array> {
  if (ref.size > maxBytes) throw new ProtocolError('oversize', `blob of ${ref.size} bytes exceeds ${maxBytes}`);
  const out = new Uint8Array(ref.size);
  let offset = 0;
  for (;;) {
    const { body } = await ch.receive(['blobChunk'], undefined, signal);
    const corrupt = (why: string): never => {
      throw new ProtocolError('blob_corrupt', `blob ${ref.sha256.slice(0, 12)}…: ${why}`);
    };
    if (body.sha256 !== ref.sha256) corrupt(`chunk belongs to blob ${body.sha256.slice(0, 12)}…`);
    if (Number(body.totalSize) !== ref.size) corrupt(`size ${body.totalSize}, expected ${ref.size}`);
    if (Number(body.offset) !== offset) corrupt(`chunk at offset ${body.offset}, expected ${offset}`);
    if (sha256Hex(body.data) !== body.chunkSha256) corrupt(`chunk at offset ${offset} fails its sha256`);
    out.set(body.data, offset);
    offset += body.data.length;
    if (body.last) break;
    if (body.data.length === 0) corrupt('empty chunk that is not the last');
  }
  if (offset !== ref.size) throw new ProtocolError('blob_corrupt', `blob ended at ${offset} of ${ref.size} bytes`);
  if (sha256Hex(out) !== ref.sha256) throw new ProtocolError('blob_corrupt', `blob ${ref.sha256.slice(0, 12)}… fails its sha256`);
  return out;
}
