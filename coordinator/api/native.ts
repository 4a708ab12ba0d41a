/**
 * Wholesum's own routes: a job's detail with per-stage timings and an ETA, the worker pool with
 * capacity and reputation, Prometheus metrics and a health check (the last two need no key).
 */
import { NotFoundError } from '../errors.js';
import { standing } from './standing.js';
import type { ApiContext } from './context.js';
import { guard } from './guard.js';
import type { Router } from './http.js';
import { eta, stageSeconds } from './progress.js';

export function nativeRoutes(r: Router, ctx: ApiContext): void {
  const auth = guard(ctx);

  r.add('GET', '/health', async () => ({ status: 200, json: { ok: true, workers: ctx.pool.live().length, jobs: ctx.engine.activeJobs().length } }));

  r.add('GET', '/metrics', async () => {
    ctx.metrics.workersLive.set(ctx.pool.live().length);
    return { status: 200, text: await ctx.metrics.registry.metrics(), type: ctx.metrics.registry.contentType };
  });

  r.add(
    'GET',
    '/v1/jobs',
    auth(async (_req, owner) => {
      const out = [];
      for (const id of await ctx.store.listSessions(200)) {
        const s = await ctx.store.getSession(id);
        if (s?.owner === owner) out.push({ id: s.id, kind: s.kind, status: s.status, image_id: s.imageId, created_ms: s.times.queued, finished_ms: s.finishedMs ?? null });
      }
      return { status: 200, json: out };
    }),
  );

  r.add(
    'GET',
    '/v1/jobs/:id',
    auth(async (req, owner) => {
      const id = req.params.id ?? '';
      const s = /^[0-9a-f-]{36}$/.test(id) ? await ctx.store.getSession(id) : undefined;
      if (!s || s.owner !== owner) throw new NotFoundError('job', id);
      const tasks = [...(await ctx.store.getTasks(id)).values()];
      const job = ctx.engine.activeJob(id);
      return {
        status: 200,
        json: {
          id: s.id,
          kind: s.kind,
          status: s.status,
          state: job?.stateLine() ?? s.stage,
          error: s.errorMsg ?? null,
          image_id: s.imageId,
          po2: s.po2 ?? null,
          segments: s.segments ?? null,
          total_cycles: s.totalCycles ?? null,
          user_cycles: s.userCycles ?? null,
          journal: s.journal ?? null,
          stage_seconds: stageSeconds(s),
          stage_started_ms: s.times,
          finished_ms: s.finishedMs ?? null,
          eta_seconds: eta(ctx.pool.live(), s, tasks),
          tasks: tasks
            .sort((a, b) => a.level - b.level || a.span[0] - b.span[0])
            .map((t) => ({
              id: t.id,
              kind: t.kind,
              span: t.span,
              level: t.level,
              state: t.state,
              leased_to: (job && ctx.leases.holder(job, t.id)?.peer) ?? null,
              hedged_to: (job && ctx.leases.hedgeOf(job, t.id)?.peer) ?? null,
              worker: t.worker ?? null,
              attempts: t.attempts,
              seconds: t.seconds ?? null,
              created_ms: t.createdMs ?? null,
              started_ms: t.startedMs ?? null,
              done_ms: t.doneMs ?? null,
              verify_seconds: t.verifySeconds ?? null,
              worker_seconds: t.timings ?? null,
              leases: t.leases ?? 0,
              hedges: t.hedges ?? 0,
              late_results: t.lateResults ?? 0,
              excluded: t.excluded,
              failures: t.failures ?? {},
              inputs: t.inputs.map((i) => ({ role: i.role, sha256: i.sha256, size: i.size })),
              output_sha256: t.output?.sha256 ?? null,
            })),
        },
      };
    }),
  );

  r.add(
    'GET',
    '/v1/workers',
    auth(async () => {
      const live = new Set(ctx.pool.live());
      return {
        status: 200,
        json: ctx.pool.all().map((w) => ({
          peer: w.peer,
          live: live.has(w),
          last_seen_ms: w.lastSeenMs,
          leases: ctx.leases.held(w.peer),
          max_po2: w.capacity.maxPo2,
          can_aggregate: w.capacity.canAggregate,
          groth16: w.capacity.groth16,
          memory_budget_bytes: w.capacity.memoryBudgetBytes,
          cores: w.capacity.cores,
          cpu: w.capacity.cpuModel,
          lift_seconds: w.capacity.liftSeconds,
          speeds: w.capacity.speeds,
          ...standing(w),
        })),
      };
    }),
  );
}
