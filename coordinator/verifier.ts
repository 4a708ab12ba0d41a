/**
 * Every returned receipt is verified by the native prover before it enters the tree, the way its
 * task kind says (kinds/): a segment's lifted receipt against the claim execution predicted for it,
 * a join against the claim its two (already verified) children must join to, a Groth16 receipt
 * against the whole claim of the receipt it wraps.
 *
 * Blame is precise: only a verdict on the worker's receipt (RECEIPT_FAULTS) is a VerificationError,
 * the worker's fault. The task's own inputs are checked first (present, sha256 intact): one that is
 * gone is the coordinator's loss (InputLost: repaired, nobody blamed), and any other failure of the
 * verifier is the coordinator's too (the task is retried).
 */
import { ProverError } from '../native-prover/client/index.js';
import type { BlobStore } from './blobstore.js';
import { InputLost, VerificationError } from './errors.js';
import { KINDS } from './kinds/index.js';
import type { TaskOutput, TaskRecord } from './records.js';

export { InputLost, VerificationError };

/** The native verifier's bad-input codes that are a verdict on the receipt itself. */
export const RECEIPT_FAULTS: readonly string[] = ['invalid_receipt', 'verification_failed', 'claim_mismatch', 'dev_mode_refused', 'too_large'];

/** The task's inputs missing from the store or failing their sha256, as "role (state)"; corrupt ones are removed. */
export async function damagedInputs(task: TaskRecord, blobs: BlobStore): Promise<string[]> {
  const out: string[] = [];
  for (const i of task.inputs) {
    const state = await blobs.check(i.sha256);
    if (state === 'ok') continue;
    if (state === 'corrupt') await blobs.remove(i.sha256);
    out.push(`${i.role} (${state})`);
  }
  return out;
}

export async function verifyResult(task: TaskRecord, outputSha: string, blobs: BlobStore, imageId: string): Promise<TaskOutput> {
  const damaged = await damagedInputs(task, blobs);
  if (damaged.length > 0) throw new InputLost(`inputs of ${task.id} damaged in the coordinator’s store: ${damaged.join(', ')}`);
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
    if (e instanceof ProverError && e.isBadInput && RECEIPT_FAULTS.includes(e.code)) throw new VerificationError(e.code, e.message);
    throw e;
  }
}
