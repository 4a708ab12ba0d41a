import assert from 'node:assert/strict';
import { test } from 'node:test';

import { floorSeconds, simulate } from './engine.js';
import { maxPo2ForMemory, NO_FAULTS, type Overheads, type Scenario, type WorkerClass } from './model.js';

const cls = (o: Partial<WorkerClass> = {}): WorkerClass => ({
  name: 'test',
  cores: 2,
  memoryGiB: 24,
  proveSeconds: (po2) => 30 * 2 ** (po2 - 16),
  liftSeconds: 50,
  joinSeconds: 50,
  maxPo2: 20,
  rttMs: 0,
  upMbit: 1e6,
  downMbit: 1e6,
  ...o,
});
const free: Overheads = { perTaskSeconds: 0, verifySeconds: 0, verifyParallelism: 1, executeHz: 1e12, startSeconds: 0, finalizeSeconds: 0, segmentBytesPerCycle: 0, receiptBytes: 0 };
const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-3, `${a} ≠ ${b}`);
const scenario = (o: Partial<Scenario>): Scenario => ({
  workers: [{ cls: cls(), count: 1 }],
  job: { userCycles: 4 * 2 ** 16, inflation: () => 1 },
  overheads: free,
  faults: NO_FAULTS,
  segmentPo2: 16,
  maxPo2: 20,
  heartbeatMs: 5000,
  leaseSlack: 4,
  seed: 1,
  ...o,
});

test('one worker does all the work in sequence', () => {
  const r = simulate(scenario({}));
  assert.equal(r.segments, 4);
  near(r.latencySeconds, 4 * 80 + 3 * 50);
  assert.equal(r.leases, 7);
});

test('a worker per segment reaches the critical path: one segment, then the join tree’s depth', () => {
  const r = simulate(scenario({ workers: [{ cls: cls(), count: 4 }] }));
  near(r.latencySeconds, 80 + 2 * 50);
  near(r.criticalPathSeconds, r.latencySeconds);
  near(floorSeconds(scenario({}), cls(), 16).seconds, r.latencySeconds);
  // 5 segments: the fifth waits for no partner until the root join.
  near(floorSeconds(scenario({ job: { userCycles: 5 * 2 ** 16, inflation: () => 1 } }), cls(), 16).seconds, 80 + 3 * 50);
});

test('overheads, verification and transfer add to every task', () => {
  const r = simulate(scenario({ overheads: { ...free, perTaskSeconds: 2, verifySeconds: 1, startSeconds: 3, finalizeSeconds: 4 } }));
  near(r.latencySeconds, 3 + 4 * 83 + 3 * 53 + 4);
  const slow = simulate(scenario({ workers: [{ cls: cls({ rttMs: 100, downMbit: 8, upMbit: 8 }), count: 1 }], overheads: { ...free, segmentBytesPerCycle: 1, receiptBytes: 1e6 } }));
  assert.ok(slow.latencySeconds > simulate(scenario({})).latencySeconds + 7 * 1, 'moving segments and receipts over 8 Mbit/s costs time');
});

test('the planner picks the po2 the pool holds (coordinator planner code)', () => {
  assert.equal(maxPo2ForMemory(8), 19);
  const r = simulate(scenario({ segmentPo2: 0, workers: [{ cls: cls({ maxPo2: maxPo2ForMemory(8) }), count: 2 }], job: { userCycles: 1e7, inflation: () => 1.3 } }));
  assert.equal(r.po2, 19);
  assert.equal(r.segments, Math.ceil((1e7 * 1.3) / 2 ** 19));
});

test('with the preflight, the planner’s po2 is at least as fast as every other po2 the pool holds, its preflight time included', () => {
  const infl: Record<number, number> = { 14: 8.8, 16: 2.84, 17: 1.72, 18: 1.44, 19: 1.33, 20: 1.3 };
  const job = { userCycles: 5e6, inflation: (p: number) => infl[p] ?? 1.3 };
  const overheads = { ...free, executeHz: 44e6 };
  for (const count of [1, 8, 64]) {
    const base = scenario({ segmentPo2: 0, preflightCycles: 2 ** 24, workers: [{ cls: cls(), count }], job, overheads });
    const planned = simulate(base);
    const others = [20, 19, 18, 17, 16].map((segmentPo2) => simulate({ ...base, segmentPo2 }));
    const best = Math.min(...others.map((r) => r.latencySeconds));
    assert.ok(planned.latencySeconds <= best * 1.1, `${count} workers: po2 ${planned.po2} ${planned.latencySeconds.toFixed(0)} s, best ${best.toFixed(0)} s`);
    if (count === 1) assert.equal(planned.po2, 20, 'one worker: the fewest segments');
    if (count === 64) assert.ok(planned.po2 < 20, 'a large pool: smaller segments, a shorter critical path');
  }
});

test('crashes and stragglers cost time but every job completes', () => {
  const base = simulate(scenario({ workers: [{ cls: cls(), count: 4 }], job: { userCycles: 32 * 2 ** 16, inflation: () => 1 } }));
  const faulty = simulate(
    scenario({
      workers: [{ cls: cls(), count: 4 }],
      job: { userCycles: 32 * 2 ** 16, inflation: () => 1 },
      faults: { crashRate: 0.2, stragglerRate: 0.2, stragglerFactor: 10, downSeconds: 60 },
      seed: 7,
    }),
  );
  assert.ok(faulty.lost > 0, 'some leases were taken back');
  assert.ok(faulty.leases > base.leases);
  assert.ok(faulty.latencySeconds > base.latencySeconds);
});

test('hedging: a straggler near the end is duplicated, the job ends sooner, and without stragglers nothing changes', () => {
  const at = (hedgeAfter: number, stragglerRate: number, seed: number) =>
    simulate(scenario({ workers: [{ cls: cls(), count: 4 }], job: { userCycles: 8 * 2 ** 16, inflation: () => 1 }, faults: { ...NO_FAULTS, stragglerRate }, hedgeAfter, seed }));
  let hedged = 0;
  let faster = 0;
  for (let seed = 1; seed <= 30; seed++) {
    const off = at(0, 0.2, seed);
    const on = at(2, 0.2, seed);
    hedged += on.hedges;
    assert.equal(off.hedges, 0);
    assert.ok(on.latencySeconds <= off.latencySeconds + 1e-6, `seed ${seed}: ${on.latencySeconds} > ${off.latencySeconds}`);
    if (on.latencySeconds < off.latencySeconds - 1) faster++;
  }
  assert.ok(hedged > 0 && faster > 0, `${hedged} hedges, ${faster} jobs faster`);
  const calm = at(2, 0, 1);
  assert.equal(calm.hedges, 0);
  near(calm.latencySeconds, at(0, 0, 1).latencySeconds);
});

test('a job no worker can prove is an error, not a hang', () => {
  assert.throws(() => simulate(scenario({ segmentPo2: 0, workers: [{ cls: cls({ maxPo2: 0 }), count: 1 }] })), /no worker/);
});
