/**
 * Which workers may take work: those on --allow-peers (when it is set) holding one of
 * --worker-tokens (when they are set: the worker proves it, tokens.ts), not banned, and — once
 * they have a history — with a reputation of at least --min-reputation. A newcomer's reputation
 * starts at 1, so the floor only bites after MIN_HISTORY results have shown what the worker does.
 */
import { checkTokenProof } from '../protocol/index.js';
import type { CoordinatorOptions } from './options.js';
import { Pool } from './pool.js';
import type { WorkerRecord } from './records.js';

export const MIN_HISTORY = 3;
/** A refused peer asks again this much later at the earliest: only the operator can change its answer. */
export const REFUSED_RETRY_MS = 600_000;

export interface Refusal {
  /** Metrics label. */
  kind: 'not_allowed' | 'banned' | 'reputation';
  /** Sent to the worker in noWork; starts with `<kind words>:`. */
  reason: string;
}

export class PeerPolicy {
  private readonly allow: Set<string>;

  constructor(
    private readonly o: Pick<CoordinatorOptions, 'allowPeers' | 'minReputation' | 'workerTokens'>,
    /** This coordinator's peer id: token proofs are bound to it. */
    private readonly self: string,
  ) {
    this.allow = new Set(o.allowPeers);
  }

  /** Checked before the peer joins the pool, so a stranger never counts as a live worker. */
  admits(peer: string, tokenProof?: Uint8Array | null): Refusal | undefined {
    if (this.allow.size > 0 && !this.allow.has(peer)) {
      return { kind: 'not_allowed', reason: `not allowed: peer ${peer} is not on this coordinator’s --allow-peers list; ask its operator to add it` };
    }
    if (this.o.workerTokens.length > 0 && !checkTokenProof(this.o.workerTokens, this.self, peer, tokenProof)) {
      const why = tokenProof?.length ? 'its token is not one of this coordinator’s --worker-tokens' : 'this is a private pool and it sent no token';
      return { kind: 'not_allowed', reason: `not allowed: ${why}; start the worker with the token the operator gave you (WHOLESUM_TOKEN)` };
    }
    return undefined;
  }

  /** Checked on the worker's record (kept in Redis across restarts). */
  judge(r: WorkerRecord): Refusal | undefined {
    if (r.banned) return { kind: 'banned', reason: `banned: ${r.banReason ?? 'repeated invalid results'}` };
    const results = r.accepted + r.rejected + r.failed;
    if (this.o.minReputation === 0 || results < MIN_HISTORY) return undefined;
    const rep = Pool.reputation(r);
    if (rep >= this.o.minReputation) return undefined;
    return {
      kind: 'reputation',
      reason:
        `reputation: ${rep.toFixed(2)} is below this coordinator’s --min-reputation ${this.o.minReputation} ` +
        `(${r.accepted} accepted, ${r.rejected} refused, ${r.failed} failed results); fix the machine and ask the operator to reset its record`,
    };
  }
}
