/**
 * The discrete-event simulation of one job on a pool. It runs the coordinator's own code for every
 * decision: `choosePo2` (planner.ts) picks the segment size from the pool, `readyJoins` / `rootTask`
 * (tree.ts) grow the join tree as receipts arrive, `chooseTask` (scheduler.ts) decides which task
 * an idle worker gets, `chooseHedge` which straggler's task an idle worker duplicates, the task
 * kinds' `expectedSeconds` (kinds/) and the lease book's deadline rules (leases.ts) decide when work
 * is taken back from a straggler or a crashed worker. Only time is simulated: proving, moving
 * bytes, verifying.
 */
import { candidatePo2s, choosePo2 } from '../../coordinator/planner.js';
import { expectedSeconds } from '../../coordinator/kinds/index.js';
import { hardDeadlineSeconds, leaseReadTimeoutMs } from '../../coordinator/leases.js';
import type { Capacity } from '../../coordinator/pool.js';
import { chooseHedge, chooseTask, type HedgeCandidate, type SchedTask, type SchedWorker } from '../../coordinator/scheduler.js';
import { readyJoins, rootTask, segTaskId } from '../../coordinator/tree.js';
import type { Scenario, WorkerClass } from './model.js';

export interface SimResult {
  po2: number;
  segments: number;
  latencySeconds: number;
  /** Latency with a free worker for every task at every moment (same costs). */
  criticalPathSeconds: number;
  workSeconds: number;
  leases: number;
  /** Leases taken back (crash, overdue), stale results ignored and hedges cancelled. */
  lost: number;
  /** Second copies of straggling tasks handed out. */
  hedges: number;
  utilisation: number;
}

interface SimTask extends SchedTask {
  readyAt: number;
  children?: [string, string];
  done: boolean;
  /** Current leases, the holder first, then its hedge. */
  leases: Map<number, SimLease>;
}

interface SimLease {
  id: number;
  w: SimWorker;
  startedAt: number;
  expected: number;
  /** The worker was let go for this lease (finished, cancelled, crashed): later events of it are void. */
  over: boolean;
}

interface SimWorker {
  idx: number;
  cls: WorkerClass;
  sched: SchedWorker;
  capacity: Capacity;
  downUntil: number;
  busySeconds: number;
}

/** A small deterministic PRNG, so a scenario's seed names one outcome. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

class EventQueue {
  private heap: { t: number; n: number; f: () => void }[] = [];
  private n = 0;
  push(t: number, f: () => void): void {
    const h = this.heap;
    h.push({ t, n: this.n++, f });
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p]!.t < h[i]!.t || (h[p]!.t === h[i]!.t && h[p]!.n < h[i]!.n)) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }
  pop(): { t: number; f: () => void } | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        const less = (a: number, b: number) => h[a]!.t < h[b]!.t || (h[a]!.t === h[b]!.t && h[a]!.n < h[b]!.n);
        if (l < h.length && less(l, m)) m = l;
        if (r < h.length && less(r, m)) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
  }
}

function capacityOfClass(c: WorkerClass): Capacity {
  return {
    maxPo2: c.maxPo2,
    canAggregate: true,
    groth16: false,
    liftSeconds: c.liftSeconds,
    freeSlots: 1,
    speeds: [14, 16, 17, 18, 19, 20, 21, 22].filter((p) => p <= c.maxPo2).map((po2) => ({ po2, proveSeconds: c.proveSeconds(po2), peakRssBytes: 0, measured: true })),
    memoryBudgetBytes: c.memoryGiB * 2 ** 30,
    cores: c.cores,
    threads: c.cores,
    cpuModel: c.name,
    proverVersion: 'simulated',
  };
}

const transferSeconds = (bytes: number, mbit: number, rttMs: number) => rttMs / 1000 + (bytes * 8) / (mbit * 1e6);

/** One task's time on a worker of class `c`, from lease to result (verification not included). */
export function taskSeconds(sc: Scenario, c: WorkerClass, kind: 'prove_lift' | 'join', po2: number): number {
  const o = sc.overheads;
  const work = kind === 'join' ? c.joinSeconds : c.proveSeconds(po2) + c.liftSeconds;
  const inBytes = kind === 'join' ? 2 * o.receiptBytes : 2 ** po2 * o.segmentBytesPerCycle;
  return o.perTaskSeconds + work + transferSeconds(inBytes, c.downMbit, c.rttMs) + transferSeconds(o.receiptBytes, c.upMbit, c.rttMs);
}

/**
 * The latency floor at a given po2 with a free worker of class `c` for every task: segments as
 * execution streams them, then the join tree's levels (the same pairing as tree.ts: a node without a
 * right half is its left child). Closed form, so it also covers pools too large to simulate.
 */
export function floorSeconds(sc: Scenario, c: WorkerClass, po2: number): { segments: number; seconds: number } {
  const o = sc.overheads;
  const segments = Math.max(1, Math.ceil((sc.job.userCycles * sc.job.inflation(po2)) / 2 ** po2));
  const seg = taskSeconds(sc, c, 'prove_lift', po2) + o.verifySeconds;
  const join = taskSeconds(sc, c, 'join', po2) + o.verifySeconds;
  let level = Array.from({ length: segments }, (_, i) => o.startSeconds + ((i + 1) * 2 ** po2) / o.executeHz + seg);
  while (level.length > 1) {
    const next: number[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? Math.max(level[i]!, level[i + 1]!) + join : level[i]!);
    level = next;
  }
  return { segments, seconds: level[0]! + o.finalizeSeconds };
}

export function simulate(sc: Scenario): SimResult {
  const random = rng(sc.seed);
  const workers: SimWorker[] = [];
  for (const { cls, count } of sc.workers) {
    for (let i = 0; i < count; i++) {
      const capacity = capacityOfClass(cls);
      workers.push({ idx: workers.length, cls, capacity, sched: { peer: `w${workers.length}`, ...capacity }, downUntil: 0, busySeconds: 0 });
    }
  }
  const segmentsAt = (p: number) => Math.max(1, Math.ceil((sc.job.userCycles * sc.job.inflation(p)) / 2 ** p));
  const view = workers.map((w) => ({ maxPo2: w.capacity.maxPo2, speeds: w.capacity.speeds, liftSeconds: w.cls.liftSeconds, joinSeconds: w.cls.joinSeconds }));
  const largest = choosePo2(view, { segmentPo2: sc.segmentPo2, maxPo2: sc.maxPo2 });
  if (!largest) throw new Error('no worker in the scenario can prove a segment');
  // The coordinator's preflight (preflight.ts): every candidate executed for a small job, the largest once for a big one.
  const preflight = !sc.segmentPo2 && (sc.preflightCycles ?? 0) > 0;
  const plan = preflight ? choosePo2(view, { segmentPo2: 0, maxPo2: sc.maxPo2 }, { segmentsAt })! : largest;
  const po2 = plan.po2;
  const total = segmentsAt(po2);
  const candidates = candidatePo2s(largest.po2);
  const executed = sc.job.userCycles <= (sc.preflightCycles ?? 0) ? candidates : candidates.slice(0, 1);
  const preflightSeconds = preflight ? executed.reduce((a, p) => a + (segmentsAt(p) * 2 ** p) / sc.overheads.executeHz, 0) : 0;
  const o = sc.overheads;

  const q = new EventQueue();
  const tasks = new Map<string, SimTask>();
  const open = new Set<SimTask>();
  let seen = 0;
  let now = 0;
  let leases = 0;
  let lost = 0;
  let leaseSeq = 0;
  let hedges = 0;
  const hedgeAfter = sc.hedgeAfter ?? 0;
  let rootDoneAt: number | undefined;
  const verifierFreeAt = new Array<number>(o.verifyParallelism).fill(0);
  const earliest = new Map<string, number>();

  const addTask = (t: SimTask) => {
    tasks.set(t.id, t);
    open.add(t);
  };

  // Execution streams segments: segment i exists once its cycles have run.
  const execStart = o.startSeconds + preflightSeconds;
  const segSeconds = 2 ** po2 / o.executeHz;
  for (let i = 0; i < total; i++) {
    q.push(execStart + (i + 1) * segSeconds, () => {
      seen = i + 1;
      addTask({ id: segTaskId(i), kind: 'prove_lift', po2, level: 0, span: [i, i], readyAt: now, done: false, leases: new Map() });
      advance();
    });
  }

  const advance = () => {
    const known = seen === total ? total : undefined;
    for (const p of readyJoins(seen, known, (id) => tasks.get(id)?.done === true)) {
      if (tasks.has(p.id)) continue;
      const l = tasks.get(p.left)!;
      addTask({ id: p.id, kind: 'join', po2, level: p.level, span: [l.span[0], tasks.get(p.right)!.span[1]], readyAt: now, done: false, children: [p.left, p.right], leases: new Map() });
    }
    if (seen === total) {
      const root = tasks.get(rootTask(total));
      if (root?.done && rootDoneAt === undefined) rootDoneAt = now;
    }
    dispatch();
  };

  const costOf = (w: SimWorker, t: SimTask): number => taskSeconds(sc, w.cls, t.kind === 'join' ? 'join' : 'prove_lift', po2);

  /** The worker is free again after `busy` seconds of this lease (only once per lease). */
  const letGo = (l: SimLease, busy: number) => {
    if (l.over) return;
    l.over = true;
    l.w.busySeconds += busy;
    idle.add(l.w);
    dispatch();
  };

  /** The result arrives: the worker waits for its verdict before it asks for more work. */
  const finishTask = (t: SimTask, l: SimLease) => {
    if (l.over) return;
    if (t.done || !t.leases.has(l.id)) {
      // A stale result is refused before any verification.
      lost++;
      return letGo(l, now - l.startedAt);
    }
    // Verification is the coordinator's: a queue of `verifyParallelism` servers.
    const slot = verifierFreeAt.indexOf(Math.min(...verifierFreeAt));
    const start = Math.max(now, verifierFreeAt[slot]!);
    verifierFreeAt[slot] = start + o.verifySeconds;
    const busy = now - l.startedAt;
    q.push(start + o.verifySeconds, () => {
      if (!t.done && t.leases.has(l.id)) {
        t.done = true;
        t.leases.delete(l.id);
        leased.delete(t);
        // The other copy is told to stop at its next heartbeat.
        for (const other of t.leases.values()) {
          lost++;
          const stop = now + sc.heartbeatMs / 1000;
          q.push(stop, () => letGo(other, stop - other.startedAt));
        }
        t.leases.clear();
        advance();
      } else {
        lost++;
      }
      letGo(l, busy);
    });
  };

  const startLease = (w: SimWorker, t: SimTask) => {
    idle.delete(w);
    open.delete(t);
    leased.add(t);
    const l: SimLease = { id: ++leaseSeq, w, startedAt: now, expected: expectedSeconds(w.capacity, t.kind, po2), over: false };
    t.leases.set(l.id, l);
    leases++;
    let dur = costOf(w, t);
    if (!earliest.has(t.id)) earliest.set(t.id, dur);
    if (random() < sc.faults.stragglerRate) dur *= sc.faults.stragglerFactor;
    const deadline = hardDeadlineSeconds(sc.leaseSlack, l.expected);
    const crashes = random() < sc.faults.crashRate;
    if (crashes) {
      const at = random() * Math.min(dur, deadline);
      q.push(now + at, () => {
        if (l.over) return;
        l.over = true;
        w.busySeconds += at;
        w.downUntil = now + sc.faults.downSeconds;
        live = undefined;
        q.push(w.downUntil, () => {
          live = undefined;
          idle.add(w);
          dispatch();
        });
      });
      // The coordinator notices when the leased stream stays silent past its read timeout, or at the deadline.
      q.push(now + Math.min(at + leaseReadTimeoutMs(sc.heartbeatMs) / 1000, deadline), () => takeBack(t, l.id));
    } else if (dur > deadline + sc.heartbeatMs / 1000) {
      // Overdue: taken back at the deadline; the worker's next heartbeat is answered with cancel.
      const stopAt = deadline + sc.heartbeatMs / 1000;
      q.push(now + deadline, () => takeBack(t, l.id));
      q.push(now + stopAt, () => letGo(l, stopAt));
    } else {
      // Finishing between the deadline and the cancel, its result is stale.
      if (dur > deadline) q.push(now + deadline, () => takeBack(t, l.id));
      q.push(now + dur, () => finishTask(t, l));
    }
  };

  /** Leased tasks an idle worker could duplicate, with what `chooseHedge` weighs. */
  const hedgeCandidates = (w: SimWorker): { t: SimTask; c: HedgeCandidate<SimTask> }[] =>
    [...leased].map((t) => {
      const holder = t.leases.values().next().value!;
      return {
        t,
        c: {
          task: t,
          holder: holder.w.sched.peer,
          holderExpected: holder.expected,
          elapsed: now - holder.startedAt,
          idleExpected: expectedSeconds(w.capacity, t.kind, po2),
          hedged: t.leases.size > 1,
          excluded: [],
        },
      };
    });

  // Idle workers in the order they became idle; the live list changes only on crashes and returns.
  const idle = new Set<SimWorker>(workers);
  const leased = new Set<SimTask>();
  let live: SchedWorker[] | undefined;
  let nextHedgeCheck = Infinity;
  const dispatch = () => {
    live ??= workers.filter((x) => x.downUntil <= now).map((x) => x.sched);
    for (const w of idle) {
      if (w.downUntil > now) continue;
      const choice = open.size ? chooseTask(w.sched, live, [{ open: [...open] }]) : undefined;
      if (choice) {
        startLease(w, choice.task as SimTask);
        continue;
      }
      if (hedgeAfter <= 0 || leased.size === 0) continue;
      const cands = hedgeCandidates(w);
      const i = chooseHedge(
        w.sched,
        cands.map((x) => x.c),
        hedgeAfter,
      );
      if (i === undefined) continue;
      hedges++;
      startLease(w, cands[i]!.t);
    }
    // Workers poll: an idle one asks again when the first leased task turns late.
    if (hedgeAfter > 0 && idle.size > 0) {
      let next = Infinity;
      for (const t of leased) {
        if (t.leases.size !== 1) continue;
        const h = t.leases.values().next().value!;
        const lateAt = h.startedAt + hedgeAfter * h.expected + 1e-6;
        if (lateAt > now) next = Math.min(next, lateAt);
      }
      if (next < nextHedgeCheck || nextHedgeCheck <= now) {
        nextHedgeCheck = next;
        if (next < Infinity) q.push(next, () => dispatch());
      }
    }
  };

  const takeBack = (t: SimTask, leaseId: number) => {
    if (t.done || !t.leases.has(leaseId)) return;
    lost++;
    t.leases.delete(leaseId);
    if (t.leases.size === 0) {
      leased.delete(t);
      open.add(t);
    }
    dispatch();
  };

  for (let e = q.pop(); e; e = q.pop()) {
    now = e.t;
    e.f();
    if (rootDoneAt !== undefined) break;
  }
  if (rootDoneAt === undefined) throw new Error('the simulated job never finished (no worker can take some task)');
  const latency = rootDoneAt + o.finalizeSeconds;

  // The critical path with the first attempt's costs: segments when executed, joins after both children.
  const cp = new Map<string, number>();
  const finishOf = (id: string): number => {
    const k = cp.get(id);
    if (k !== undefined) return k;
    const t = tasks.get(id)!;
    const ready = t.children ? Math.max(...t.children.map(finishOf)) : execStart + (t.span[0] + 1) * segSeconds;
    const f = ready + (earliest.get(id) ?? 0) + o.verifySeconds;
    cp.set(id, f);
    return f;
  };
  const criticalPathSeconds = finishOf(rootTask(total)) + o.finalizeSeconds;
  const workSeconds = workers.reduce((a, w) => a + w.busySeconds, 0);
  return { po2, segments: total, latencySeconds: latency, criticalPathSeconds, workSeconds, leases, lost, hedges, utilisation: workSeconds / (workers.length * latency) };
}
