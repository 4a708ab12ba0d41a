/** `join`: two adjacent succinct receipts into one; node (level L, i) of the join tree (tree.ts). */
import { prover } from '../../native-prover/client/index.js';
import { TASK_KINDS } from '../../protocol/index.js';
import { VerificationError } from '../errors.js';
import { type KindPolicy, liftSecondsOf } from './types.js';

/** Joins at this level and above are on the root's path: they go to fast workers first (scheduler.ts). */
export const FAST_LEVEL = 2;

export const join: KindPolicy = {
  contract: TASK_KINDS.join,
  fits: () => true,
  // The root's path decides latency: a fast worker takes any join first; a slow one only those
  // below FAST_LEVEL, then segments, and upper joins only when nothing else fits it.
  tier: (t, fast) => (fast || t.level < FAST_LEVEL ? 1 : 3),
  order: (a, b) => b.level - a.level,
  // Upper joins are the critical path: a peer on probation would hold the root's latency hostage.
  lowStakes: (t) => t.level < FAST_LEVEL,
  expectedSeconds: (c) => liftSecondsOf(c),
  async verify({ receipt, input }) {
    // Against the claim its two (already verified) children must join to.
    const r = await prover.verify({ receipt, left: input('left'), right: input('right') });
    if (r.kind !== 'succinct') throw new VerificationError('wrong_kind', `expected a succinct receipt, got ${r.kind}`);
    return r;
  },
};
