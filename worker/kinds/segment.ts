/** PROVE_LIFT: `wholesum-prover prove --lift` on one segment, checked against the predicted claim. */
import { prover } from '../../native-prover/client/index.js';
import { TASK_KINDS } from '../../protocol/index.js';
import { TaskError } from '../errors.js';
import type { KindHandler } from './types.js';

export const segment: KindHandler = {
  contract: TASK_KINDS.prove_lift,
  admit(lease, sizing) {
    if (lease.po2 > sizing.maxPo2) throw new TaskError('po2_too_large', `segment po2 ${lease.po2} is above this worker's max po2 ${sizing.maxPo2}`, true);
  },
  run: (lease, files, out, run, sizing) => prover.prove({ ...run, segment: files.segment!, out, lift: true, claim: lease.expectedClaim || undefined, maxPo2: sizing.maxPo2 }),
};
