/** JOIN: `wholesum-prover join` of two adjacent succinct receipts. */
import { prover } from '../../native-prover/client/index.js';
import { TASK_KINDS } from '../../protocol/index.js';
import type { KindHandler } from './types.js';

export const join: KindHandler = {
  contract: TASK_KINDS.join,
  admit() {},
  run: (_lease, files, out, run) => prover.join({ ...run, left: files.left!, right: files.right!, out }),
};
