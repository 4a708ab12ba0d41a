/**
 * Every returned receipt is verified by the native prover before it enters the tree: a segment's
 * lifted receipt against the claim execution predicted for it, a join against the claim joining
 * its two (already verified) children must give, a Groth16 receipt against the image id.
 */
import { prover, ProverError } from '../native-prover/client/index.js';
import type { BlobStore } from './blobstore.js';
import type { TaskOutput, TaskRecord } from './records.js';

export class VerificationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'VerificationError';
  }
}

export async function verifyResult(task: TaskRecord, outputSha: string, blobs: BlobStore, imageId: string): Promise<TaskOutput> {
  const receipt = blobs.path(outputSha);
  const input = (role: string) => {
    const ref = task.inputs.find((i) => i.role === role);
    if (!ref) throw new Error(`task ${task.id} has no ${role} input`);
    return blobs.path(ref.sha256);
  };
  try {
    let r;
    if (task.kind === 'prove_lift') {
      r = await prover.verify({ receipt, claim: task.expectedClaim });
      if (r.kind !== 'succinct') throw new VerificationError('wrong_kind', `expected a lifted (succinct) receipt, got ${r.kind}`);
    } else if (task.kind === 'join') {
      r = await prover.verify({ receipt, left: input('left'), right: input('right') });
      if (r.kind !== 'succinct') throw new VerificationError('wrong_kind', `expected a succinct receipt, got ${r.kind}`);
    } else {
      r = await prover.verify({ receipt, imageId });
      if (r.inner !== 'groth16') throw new VerificationError('wrong_kind', `expected a Groth16 receipt, got a ${r.inner ?? r.kind} one`);
    }
    return { sha256: outputSha, size: 0, claimDigest: r.claim_digest, preState: r.pre_state, postState: r.post_state };
  } catch (e) {
    if (e instanceof VerificationError) throw e;
    if (e instanceof ProverError && e.isBadInput) throw new VerificationError(e.code, e.message);
    throw e;
  }
}
