/** Failures of one task, reported to the coordinator as a typed TaskError. */
export type TaskErrorCode =
  | 'po2_too_large'
  | 'unsupported_task'
  | 'blob_corrupt'
  | 'blob_unavailable'
  | 'prover_killed'
  | 'memory_cap_exceeded'
  | 'cancelled'
  | 'handed_back'
  | 'lease_lost'
  | 'bad_input'
  | 'prover_failed';

export class TaskError extends Error {
  constructor(
    readonly code: TaskErrorCode | string,
    message: string,
    /** False when another attempt with the same input cannot succeed. */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'TaskError';
  }
}
