/**
 * worker/: the `wholesum-worker` daemon. cli.ts parses options (options.ts: every flag also an
 * environment variable), probes the hardware (hardware.ts), calibrates and sizes the machine
 * (calibration.ts), then worker.ts runs the task loop over the protocol (protocol/ only), task.ts runs
 * one task through `wholesum-prover` (native-prover/client) under the memory cap (supervisor.ts),
 * optionally throttled to a share of the CPU time (throttle.ts).
 * Never imports coordinator/.
 */
export { Worker, type WorkerStats } from './worker.js';
export { loadOptions, helpText, type WorkerOptions } from './options.js';
export { size, loadOrCalibrate, type Calibration, type Sizing } from './calibration.js';
export { TaskError } from './errors.js';
