/** `groth16`: identity_p254 + shrink-wrap of a session's final succinct receipt. */
import { prover } from '../../native-prover/client/index.js';
import { TASK_KINDS } from '../../protocol/index.js';
import { VerificationError } from '../errors.js';
import type { KindPolicy } from './types.js';

/** What a Groth16 wrap takes where a backend exists (none on our machines: not measured). */
const GROTH16_SECONDS = 900;

export const groth16: KindPolicy = {
  contract: TASK_KINDS.groth16,
  fits: (c) => c.groth16,
  // A worker with the rare backend does that first.
  tier: () => 0,
  order: () => 0,
  expectedSeconds: () => GROTH16_SECONDS,
  async verify({ receipt, imageId }) {
    const r = await prover.verify({ receipt, imageId });
    if (r.inner !== 'groth16') throw new VerificationError('wrong_kind', `expected a Groth16 receipt, got a ${r.inner ?? r.kind} one`);
    return r;
  },
};
