/**
 * native-prover/client: the TypeScript side of the one native boundary.
 *
 * Contract: `wholesum-prover` takes files in and prints one JSON object (NDJSON events for
 * `execute`) on stdout; exit 2 means bad input, exit 1 an internal failure, both with
 * `{"error":{"code","message"}}`, surfaced here as `ProverError` with the same stable code.
 * Segments and receipts are RISC Zero bincode files. Coordinator and worker both call the binary
 * through this module and nothing else; the full command reference is native-prover/README.md.
 */
export * as prover from './prover.js';
export { runJson, type RunOptions, type RunResult } from './spawn.js';
export { ProverError, ProverNotBuiltError } from './errors.js';
export { proveLocally, type PipelineOptions, type PipelineResult, type StageTimes } from './pipeline.js';
export * from './paths.js';
export * from './types.js';
export * as inputs from './inputs.js';
