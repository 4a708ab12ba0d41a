/**
 * coordinator/: takes a guest and its input over a Bonsai-compatible HTTP API, plans the segment
 * po2 from the live worker pool and the job's size (a preflight execution), executes (streaming segments into tasks), leases tasks to workers
 * over the protocol, verifies every receipt against the claim execution predicted, joins them into
 * one succinct receipt and finalizes it against the image id. Stragglers are hedged, lost blobs
 * regenerated, and API keys held to rate limits and quotas. State lives in Redis (BullMQ for the
 * session queue), blobs in a content-addressed store. Talks to workers only through protocol/.
 *
 * Entry points: `startCoordinator(options)` and the `wholesum-coordinator` CLI (cli.ts).
 * Lease deadlines are decided in one place, leases.ts (the lease book); a task kind lives in one
 * module of kinds/ (kinds/index.ts lists what else adding one touches).
 */
export { startCoordinator, type Coordinator } from './coordinator.js';
export { loadOptions, helpText, type CoordinatorOptions } from './options.js';
export { choosePo2, type JobSize } from './planner.js';
export { predictMakespan } from './makespan.js';
export { readyJoins, rootTask, resolveNode } from './tree.js';
export { chooseHedge, chooseTask } from './scheduler.js';
export { NO_GROTH16 } from './engine.js';
export { KINDS, expectedSeconds } from './kinds/index.js';
export { hardDeadlineSeconds, heartbeatDeadlineMs, leaseReadTimeoutMs, LeaseBook } from './leases.js';
