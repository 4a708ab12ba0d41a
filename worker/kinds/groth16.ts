/** GROTH16: `wholesum-prover groth16` (identity_p254 + shrink-wrap), only with a Groth16 backend. */
import { prover } from '../../native-prover/client/index.js';
import { TASK_KINDS } from '../../protocol/index.js';
import { TaskError } from '../errors.js';
import type { KindHandler } from './types.js';

export const groth16: KindHandler = {
  contract: TASK_KINDS.groth16,
  admit(_lease, sizing) {
    if (!sizing.groth16) throw new TaskError('unsupported_task', 'this worker has no Groth16 backend', false);
  },
  async run(lease, files, out, run) {
    const g = await prover.groth16({ ...run, receipt: files.receipt!, imageId: lease.imageId, out });
    return { kind: 'receipt', out: g.out, bytes: g.bytes, sha256: g.sha256, claim_digest: g.claim_digest };
  },
};
