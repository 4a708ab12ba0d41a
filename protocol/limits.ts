/**
 * Size caps per message. A frame above its cap is refused before it is decoded; a blob moves as
 * chunks so no single frame carries more than CHUNK_BYTES of payload.
 */
export const CHUNK_BYTES = 1 << 20;
/** Largest blob a task may reference: a po2-22 segment is a few MB, a receipt ~250 KB. */
export const MAX_BLOB_BYTES = 256 << 20;
/** A task's output is a receipt (~250 KB); the coordinator refuses to buffer more for one. */
export const MAX_RECEIPT_BYTES = 8 << 20;
/** Heartbeat intervals a lease may ask for: not a flood, not so rare that a dead worker goes unseen. */
export const MIN_HEARTBEAT_MS = 1000;
export const MAX_HEARTBEAT_MS = 600_000;
/** Any frame: a chunk plus its envelope. */
export const MAX_FRAME_BYTES = CHUNK_BYTES + 4096;
/** Control messages (everything but BlobChunk) are small; cap them tightly. */
export const MAX_CONTROL_BYTES = 64 << 10;
/** Gossipsub drops messages over ~4 MiB silently; announcements stay far below. */
export const MAX_ANNOUNCEMENT_BYTES = 4096;
export const MAX_STRING_CHARS = 1024;
export const MAX_INPUTS_PER_TASK = 8;
export const MAX_CPU_FLAGS = 512;
export const MAX_SPEEDS = 32;
/**
 * Streams a peer may have open at once on one connection, per protocol (libp2p's default is 32).
 * A worker holds one task conversation and fetches one blob at a time; the slack covers streams
 * still closing after an abort, and a hostile peer gets no more.
 */
export const MAX_TASK_STREAMS_PER_CONNECTION = 8;
export const MAX_BLOB_STREAMS_PER_CONNECTION = 8;
/** A stream read that waits longer than this is abandoned (a stalled or hostile peer). */
export const READ_TIMEOUT_MS = 60_000;
