/**
 * worker/: the `wholesum-worker` daemon. cli.ts parses options (options.ts: every flag also an
 * environment variable), probes the hardware (hardware.ts), calibrates and sizes the machine
 * (calibration.ts), then worker.ts runs the task loop over the protocol (protocol/ only), task.ts runs
 * one task through `wholesum-prover` (native-prover/client) under the memory cap (supervisor.ts),
 * optionally throttled to a share of the CPU time (throttle.ts). Each task kind's refusals and
 * native command are one handler in kinds/ (the kinds themselves: protocol/kinds.ts).
 * Never imports coordinator/; options and logger helpers come from common/.
 */
export { Worker, type WorkerStats } from './worker.js';
export { loadOptions, helpText, type WorkerOptions } from './options.js';
export { size, loadOrCalibrate, type Calibration, type Sizing } from './calibration.js';
export { TaskError } from './errors.js';
export { HANDLERS, handlerFor, type KindHandler } from './kinds/index.js';
