/** A failure reported by `wholesum-prover`: `code` is stable (branch on it), `message` is for people. */
export class ProverError extends Error {
  readonly code: string;
  /** 2: bad input (the caller's or the guest's fault); 1: internal failure; null: killed by a signal. */
  readonly exitCode: number | null;

  constructor(code: string, message: string, exitCode: number | null) {
    super(message);
    this.name = 'ProverError';
    this.code = code;
    this.exitCode = exitCode;
  }

  /** True when retrying the same input cannot help. */
  get isBadInput(): boolean {
    return this.exitCode === 2;
  }
}

/** The native binary is missing: the user needs to build it. */
export class ProverNotBuiltError extends Error {
  readonly code = 'prover_not_built';
  constructor(path: string) {
    super(`wholesum-prover not found at ${path}; run \`npm run setup\` (or set WHOLESUM_PROVER_BIN)`);
    this.name = 'ProverNotBuiltError';
  }
}
