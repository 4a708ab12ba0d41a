/** Protocol identifiers. Bump the version segment on any incompatible change. */
export const PROTOCOL_VERSION = 1;
/** Private DHT: never joins the public IPFS DHT. */
export const DHT_PROTOCOL = '/wholesum/kad/1.0.0';
/** Task conversation: work request → lease → heartbeats → result (+ output blob) → ack. */
export const TASK_PROTOCOL = '/wholesum/task/1.0.0';
/** Blob download: one BlobRequest, answered by BlobChunk frames. */
export const BLOB_PROTOCOL = '/wholesum/blob/1.0.0';
/** Gossipsub topic for small job announcements only. */
export const JOBS_TOPIC = 'wholesum/jobs/1';
