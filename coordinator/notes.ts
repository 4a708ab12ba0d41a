/**
 * Writes nobody waits for: a line in a session's log, a task record saved in passing. A Redis
 * failure there is logged, never an unhandled rejection (the next write of the same record repairs it).
 */
import type { Logger } from '../common/index.js';
import type { Store } from './store.js';

export class Notes {
  constructor(
    private readonly store: Store,
    private readonly log: Logger,
  ) {}

  quiet(p: Promise<unknown>): void {
    p.catch((e: Error) => this.log.warn('redis write failed', { error: e.message }));
  }

  /** A line in the session's log (`GET /sessions/logs/{id}`). */
  note(sessionId: string, line: string): void {
    this.quiet(this.store.log(sessionId, line));
  }
}
