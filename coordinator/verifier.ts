/**
 * Every returned receipt is verified by the native prover before it enters the tree, the way its
 * task kind says (kinds/): a segment's lifted receipt against the claim execution predicted for it,
 * a join against the claim its two (already verified) children must join to, a Groth16 receipt
 * against the image id. The prover's bad-input exits become VerificationErrors (the worker's fault).
 */
import { ProverError } from '../native-prover/client/index.js';
import type { BlobStore } from './blobstore.js';
import { VerificationError } from './errors.js';
import { KINDS } from './kinds/index.js';
import type { TaskOutput, TaskRecord } from './records.js';

export { VerificationError };

export async function verifyResult(task: TaskRecord, outputSha: string, blobs: BlobStore, imageId: string): Promise<TaskOutput> {
  const input = (role: string) => {
    const ref = task.inputs.find((i) => i.role === role);
    if (!ref) throw new Error(`task ${task.id} has no ${role} input`);
    return blobs.path(ref.sha256);
  };
  try {
    const r = await KINDS[task.kind].verify({ receipt: blobs.path(outputSha), input, expectedClaim: task.expectedClaim, imageId });
    return { sha256: outputSha, size: 0, claimDigest: r.claim_digest, preState: r.pre_state, postState: r.post_state };
  } catch (e) {
    if (e instanceof VerificationError) throw e;
    if (e instanceof ProverError && e.isBadInput) throw new VerificationError(e.code, e.message);
    throw e;
  }
}
