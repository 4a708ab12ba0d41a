/**
 * Per-key quotas: how many sessions a key may have RUNNING at once (--max-sessions-per-key) and how
 * many cycles it may use in all (--cycle-budget). Both are checked atomically when a session is
 * created; the budget again when a queued session is about to start, since sessions that executed
 * meanwhile may have used it. Cycles are charged as they are spent, whatever the session's outcome
 * (chargeSpent); storage (--max-storage-per-key) is holdings.ts's.
 */
import { QuotaExceededError } from './errors.js';
import type { CoordinatorOptions } from './options.js';
import type { SessionRecord } from './records.js';
import type { Store } from './store.js';

type QuotaOptions = Pick<CoordinatorOptions, 'maxSessionsPerKey' | 'cycleBudget' | 'maxConcurrentJobs' | 'cycleLimit' | 'maxStoragePerKey'>;

/**
 * Adds what a prove session's execution ran (SessionRecord.spentCycles, or the total of a record
 * written before that field) to its owner's usage, once per session however often it is called:
 * when execution ends, and again at the terminal write for a session that failed or was stopped
 * mid-execution. A snark wraps a receipt already paid for; a session that never executed spent nothing.
 */
export async function chargeSpent(store: Store, s: SessionRecord): Promise<void> {
  const cycles = s.spentCycles ?? s.totalCycles ?? 0;
  if (s.kind === 'prove' && cycles > 0) await store.chargeCycles(s, cycles);
}

export class Quotas {
  constructor(
    private readonly store: Store,
    private readonly o: QuotaOptions,
  ) {}

  /** Stores the new session, or throws QuotaExceededError saying which quota and what to do. */
  async create(s: SessionRecord): Promise<void> {
    // A snark wraps a receipt already paid for: it takes a session slot but spends no cycles.
    const cycleBudget = s.kind === 'prove' ? this.o.cycleBudget : 0;
    const a = await this.store.admitSession(s, { maxRunning: this.o.maxSessionsPerKey, cycleBudget });
    if (a.verdict === 'sessions') {
      throw new QuotaExceededError(
        `this API key already has ${a.count} sessions running, the most this coordinator allows (--max-sessions-per-key ${this.o.maxSessionsPerKey}): ` +
          'wait for one to finish (GET /sessions/status/{id}) or stop one (GET /sessions/stop/{id}), then create again',
        true,
      );
    }
    if (a.verdict === 'cycles') throw new QuotaExceededError(this.budgetMessage(a.count), false);
  }

  /**
   * Why a queued session must not start (its key's budget ran out after it was created), or
   * undefined. A session that already began (a restart resumes it) is never cut off halfway.
   */
  async refuseStart(s: SessionRecord): Promise<string | undefined> {
    if (s.kind !== 'prove' || this.o.cycleBudget === 0 || s.stage !== 'Queued' || s.status !== 'RUNNING') return undefined;
    const used = await this.store.cycleUsage(s.owner);
    return used >= this.o.cycleBudget ? this.budgetMessage(used) : undefined;
  }

  /** `GET /user/quotas` in Bonsai's shape: the limits that apply to this key and its usage. */
  async report(owner: string): Promise<{ exec_cycle_limit: number; concurrent_proofs: number; cycle_budget: number; cycle_usage: number; storage_quota: number; storage_usage: number }> {
    return {
      // Bonsai states this one in millions of cycles.
      exec_cycle_limit: Math.floor(this.o.cycleLimit / 1e6),
      concurrent_proofs: this.o.maxSessionsPerKey || this.o.maxConcurrentJobs,
      cycle_budget: this.o.cycleBudget || Number.MAX_SAFE_INTEGER,
      cycle_usage: await this.store.cycleUsage(owner),
      // Ours (a Bonsai client ignores fields it does not know): bytes of images and inputs.
      storage_quota: this.o.maxStoragePerKey || Number.MAX_SAFE_INTEGER,
      storage_usage: await this.store.storageUsage(owner),
    };
  }

  private budgetMessage(used: number): string {
    return (
      `this API key has used ${used} cycles of its budget of ${this.o.cycleBudget} (--cycle-budget): no new prove session starts; ` +
      'ask the coordinator’s operator to raise the budget or for another key (GET /user/quotas shows budget and usage)'
    );
  }
}
