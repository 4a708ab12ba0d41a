/** Prometheus metrics (`GET /metrics`), one registry per coordinator so tests can run several. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class Metrics {
  readonly registry = new Registry();
  readonly sessions = new Counter({ name: 'wholesum_sessions_total', help: 'Sessions by final status', labelNames: ['status'], registers: [this.registry] });
  readonly leases = new Counter({ name: 'wholesum_leases_total', help: 'Task leases handed out', labelNames: ['kind'], registers: [this.registry] });
  readonly accepted = new Counter({ name: 'wholesum_results_accepted_total', help: 'Verified results', labelNames: ['kind'], registers: [this.registry] });
  readonly rejected = new Counter({ name: 'wholesum_results_rejected_total', help: 'Results refused by the verifier', labelNames: ['kind', 'reason'], registers: [this.registry] });
  readonly failed = new Counter({ name: 'wholesum_task_failures_total', help: 'Tasks a worker reported failing', labelNames: ['kind', 'code'], registers: [this.registry] });
  readonly released = new Counter({ name: 'wholesum_leases_released_total', help: 'Leases taken back (worker gone, missed heartbeats, overdue)', labelNames: ['reason'], registers: [this.registry] });
  readonly stale = new Counter({ name: 'wholesum_stale_results_total', help: 'Results for leases no longer current (ignored)', registers: [this.registry] });
  readonly hedges = new Counter({ name: 'wholesum_hedges_total', help: 'Straggler tasks duplicated to an idle worker', labelNames: ['kind'], registers: [this.registry] });
  readonly hedgeWins = new Counter({ name: 'wholesum_hedge_wins_total', help: 'Hedged tasks by which copy won', labelNames: ['winner'], registers: [this.registry] });
  readonly reexecutions = new Counter({ name: 'wholesum_reexecutions_total', help: 'Jobs executed again after losing segments (their task trees rebuilt)', registers: [this.registry] });
  readonly regenerated = new Counter({ name: 'wholesum_blobs_regenerated_total', help: 'Lost segment and receipt blobs made again', labelNames: ['what'], registers: [this.registry] });
  readonly peersRefused = new Counter({
    name: 'wholesum_work_requests_refused_total',
    help: 'Work requests refused by peer policy: not on --allow-peers, banned, or reputation below --min-reputation',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  readonly blobsServed = new Counter({ name: 'wholesum_blobs_served_total', help: 'Blobs sent to workers holding a lease that needs them', registers: [this.registry] });
  readonly blobsRefused = new Counter({
    name: 'wholesum_blob_requests_refused_total',
    help: 'Blob requests refused: not an input of a lease the peer holds, too many at once, or not in the store',
    labelNames: ['reason'],
    registers: [this.registry],
  });
  readonly bans = new Counter({ name: 'wholesum_workers_banned_total', help: 'Workers banned for repeated faults', registers: [this.registry] });
  readonly taskSeconds = new Histogram({
    name: 'wholesum_task_seconds',
    help: 'Lease-to-verified-result time',
    labelNames: ['kind'],
    buckets: [10, 30, 60, 120, 300, 600, 1200, 3600],
    registers: [this.registry],
  });
  readonly workersLive = new Gauge({ name: 'wholesum_workers_live', help: 'Workers heard from recently', registers: [this.registry] });
  readonly sessionsRunning = new Gauge({ name: 'wholesum_sessions_running', help: 'Sessions in progress', registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'wholesum_coordinator_' });
  }
}
