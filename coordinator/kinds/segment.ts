/** `prove_lift`: prove one segment and lift it to a succinct receipt, in one process on one worker. */
import { prover } from '../../native-prover/client/index.js';
import { TASK_KINDS } from '../../protocol/index.js';
import { VerificationError } from '../errors.js';
import { type KindPolicy, liftSecondsOf } from './types.js';

export const segment: KindPolicy = {
  contract: TASK_KINDS.prove_lift,
  fits: (c, po2) => po2 <= c.maxPo2,
  // After joins (which sit on the critical path), before upper joins for slow workers.
  tier: () => 2,
  // One segment of many: a hedge or a retry costs little.
  lowStakes: () => true,
  order: (a, b) => a.span[0] - b.span[0],
  expectedSeconds(c, po2) {
    const lift = liftSecondsOf(c);
    // Unmeasured po2: proving scales ~2^po2 (shared RISC0.md), anchored at the lift's cost.
    const prove = c.speeds.find((s) => s.po2 === po2)?.proveSeconds ?? lift * 2 ** Math.max(0, po2 - 16);
    return prove + lift;
  },
  async verify({ receipt, expectedClaim }) {
    const r = await prover.verify({ receipt, claim: expectedClaim });
    if (r.kind !== 'succinct') throw new VerificationError('wrong_kind', `expected a lifted (succinct) receipt, got ${r.kind}`);
    return r;
  },
};
