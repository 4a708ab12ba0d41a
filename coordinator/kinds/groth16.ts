/** `groth16`: identity_p254 + shrink-wrap of a session's final succinct receipt, verified against its whole claim. */
import { ProverError, prover } from '../../native-prover/client/index.js';
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
  // The rare backend: no verified alternative is likely, and the whole claim is checked.
  lowStakes: () => true,
  order: () => 0,
  expectedSeconds: () => GROTH16_SECONDS,
  async verify({ receipt, input, imageId }) {
    // The whole claim of the receipt it wraps (image id, journal, exit): a valid Groth16 receipt of
    // the same guest run on another input must not be handed to this session's client.
    const source = await prover.verify({ receipt: input('receipt'), imageId });
    const r = await prover.verify({ receipt, imageId, claim: source.claim_digest }).catch((e: unknown) => {
      // Our arguments are right for a final receipt: a usage error means the receipt is not one.
      if (e instanceof ProverError && e.code === 'usage') throw new VerificationError('wrong_kind', `expected a final Groth16 receipt: ${e.message}`);
      throw e;
    });
    if (r.inner !== 'groth16') throw new VerificationError('wrong_kind', `expected a Groth16 receipt, got a ${r.inner ?? r.kind} one`);
    if (r.journal !== source.journal) throw new VerificationError('claim_mismatch', 'the Groth16 receipt’s journal differs from the receipt it wraps');
    return r;
  },
};
