/**
 * The trust model on its own: claimed times are clamped until measured, a new peer holds one lease
 * and no critical join while a verified peer could take it, failures back a peer off and exclude it
 * from the task without spending the job's attempts, and new peers per address are capped.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { capacityOf, type LiveWorker } from '../pool.js';
import type { SchedTask } from '../scheduler.js';
import type { TaskRecord } from '../records.js';
import { BACKOFF_BASE_MS, CEILING_FACTOR, measuredSeconds, REFERENCE_OLD_PC, TASK_FAILURES_PER_PEER, Trust } from '../trust.js';
import { expectedSeconds } from '../kinds/index.js';

const worker = (peer: string, accepted = 0, claim: { liftSeconds?: number; proveSeconds?: number; freeSlots?: number } = {}): LiveWorker => ({
  peer,
  capacity: capacityOf({
    maxPo2: 20,
    canAggregate: true,
    freeSlots: claim.freeSlots ?? 1,
    liftSeconds: claim.liftSeconds ?? 50,
    speeds: [{ po2: 16, proveSeconds: claim.proveSeconds ?? 35, measured: true }],
  }),
  lastSeenMs: Date.now(),
  record: { peer, accepted, rejected: 0, failed: 0, banned: false, firstSeenMs: 0 },
});
const task = (): TaskRecord => ({ id: 'seg-0', kind: 'prove_lift', po2: 16, span: [0, 0], level: 0, inputs: [], state: 'pending', attempts: 0, excluded: [] });

function setup(pool: LiveWorker[], held: Record<string, number> = {}, o = { maxLeasesPerPeer: 8, maxNewPeersPerIp: 2 }) {
  return new Trust(
    o,
    (p) => held[p] ?? 0,
    () => pool,
  );
}

describe('trust', () => {
  test('a claim of years is clamped to the reference old PC until the pool has measured times', () => {
    const hoarder = worker('hoarder', 0, { liftSeconds: 1e7, proveSeconds: 1e7 });
    const trust = setup([hoarder]);
    const ceiling = expectedSeconds(REFERENCE_OLD_PC, 'prove_lift', 16);
    assert.equal(trust.expected(hoarder, 'prove_lift', 16), ceiling);
    assert.ok(ceiling < 600, `reference ceiling ${ceiling} s`);
    assert.equal(trust.expected(hoarder, 'join', 0), expectedSeconds(REFERENCE_OLD_PC, 'join', 0));
  });

  test('with measured peers the ceiling is CEILING_FACTOR × the slowest measured, and a measured peer uses its own time', () => {
    const honest = worker('honest', 3);
    const hoarder = worker('hoarder', 0, { liftSeconds: 1e7, proveSeconds: 1e7 });
    const trust = setup([honest, hoarder]);
    trust.succeeded(honest, 'prove_lift', 16, 80);
    trust.succeeded(honest, 'join', 0, 45);
    assert.equal(trust.expected(hoarder, 'prove_lift', 16), CEILING_FACTOR * 80);
    assert.equal(trust.expected(hoarder, 'join', 0), CEILING_FACTOR * 45);
    assert.equal(trust.expected(honest, 'prove_lift', 16), 80);
    // Another po2 scales from the nearest measured one.
    assert.equal(measuredSeconds(honest.record, 'prove_lift', 18), 320);
    // A liar that claims to be fast is believed only until it is measured.
    const liar = worker('liar', 0, { liftSeconds: 1, proveSeconds: 1 });
    assert.equal(setup([honest, liar]).expected(liar, 'prove_lift', 16), 2);
    trust.succeeded(liar, 'prove_lift', 16, 400);
    assert.equal(trust.expected(liar, 'prove_lift', 16), 400);
    assert.equal(trust.liftSeconds(liar), Math.min(1, CEILING_FACTOR * 45));
  });

  test('probation: one lease at a time, no critical join while a verified peer could take it, no hedges', () => {
    const fresh = worker('fresh', 0, { freeSlots: 8 });
    const vet = worker('vet', 20, { freeSlots: 8 });
    const trust = setup([fresh, vet], { fresh: 0, vet: 3 });
    assert.equal(trust.room(fresh).free, 1);
    assert.equal(trust.room(vet).free, 5, 'eight claimed, eight allowed, three held');
    assert.equal(setup([fresh], { fresh: 1 }).room(fresh).free, 0);
    const upper: SchedTask = { id: 'join-3-0', kind: 'join', po2: 16, level: 3, span: [0, 7] };
    const lower: SchedTask = { id: 'join-1-0', kind: 'join', po2: 16, level: 1, span: [0, 1] };
    assert.equal(trust.mayTake(fresh, upper, true), false);
    assert.equal(trust.mayTake(fresh, upper, false), true, 'nobody verified is there: do not stall the job');
    assert.equal(trust.mayTake(fresh, lower, true), true);
    assert.equal(trust.mayTake(vet, upper, true), true);
    assert.equal(trust.mayHedge(fresh), false);
    assert.equal(trust.mayHedge(vet), true);
    // Past probation the leases grow with verified results, capped.
    assert.equal(setup([worker('two', 1, { freeSlots: 8 })]).room(worker('two', 1, { freeSlots: 8 })).free, 2);
  });

  test('failures: backoff, exclusion after TASK_FAILURES_PER_PEER, and the job budget charged once per verified peer only', () => {
    const griefer = worker('griefer', 0);
    const vet = worker('vet', 5);
    const trust = setup([griefer, vet]);
    const t = task();
    assert.equal(trust.failed(griefer, griefer.peer, t, false), false, 'a new identity spends nothing of the job');
    assert.ok(trust.room(griefer).free === 0 && /backing off/.test(trust.room(griefer).why ?? ''));
    for (let i = 1; i < TASK_FAILURES_PER_PEER; i++) trust.failed(griefer, griefer.peer, t, false);
    assert.deepEqual(t.excluded, ['griefer']);
    assert.equal(trust.failed(vet, vet.peer, t, false), true, 'a verified peer’s first failure counts');
    assert.equal(trust.failed(vet, vet.peer, t, false), false, 'its second does not');
    assert.deepEqual(t.excluded, ['griefer', 'vet']);
    const u = task();
    trust.failed(vet, vet.peer, u, true);
    assert.deepEqual(u.excluded, ['vet'], 'a non-retryable error excludes at once');
    trust.succeeded(vet, 'prove_lift', 16, 80);
    assert.equal(trust.room(vet).free, 1, 'a verified result ends the backoff');
    assert.ok(BACKOFF_BASE_MS <= 1000);
  });

  test('newcomers get the surplus: nothing while idle verified workers could take every open task', () => {
    const fresh = worker('fresh');
    const idle = [worker('v1', 3), worker('v2', 3)];
    const trust = setup([fresh, ...idle], { v1: 0, v2: 0 });
    const open = (n: number) => Array.from({ length: n }, () => task());
    assert.equal(trust.surplusFor(fresh, open(2)), false);
    assert.equal(trust.surplusFor(fresh, open(3)), true);
    assert.equal(trust.surplusFor(fresh, []), true, 'nothing open: the scheduler answers');
    assert.equal(trust.surplusFor(idle[0]!, open(1)), true, 'a verified worker is never held back');
    const g16: TaskRecord = { ...task(), id: 'groth16', kind: 'groth16', po2: 0 };
    assert.equal(trust.surplusFor(fresh, [g16]), true, 'idle verified workers without a Groth16 backend cannot take it');
    const busy = setup([fresh, ...idle], { v1: 1, v2: 1 });
    assert.equal(busy.surplusFor(fresh, open(1)), true, 'verified workers are busy: the newcomer may help');
    idle[0]!.lastSeenMs = Date.now() - 60_000;
    assert.equal(trust.surplusFor(fresh, open(2)), true, 'a verified worker that stopped asking is not idle');
    trust.succeeded(idle[0], 'join', 0, 40);
    trust.succeeded(idle[1], 'join', 0, 60);
    trust.succeeded(fresh, 'join', 0, 100);
    assert.equal(trust.typical('join', 0), 60, 'the median');
  });

  test('at most --max-new-peers-per-ip new peers from one address hold leases', () => {
    const swarm = ['a', 'b', 'c'].map((p) => worker(p));
    const vet = worker('vet', 4);
    const held = { a: 1, b: 1, c: 0, vet: 0 };
    const trust = setup([...swarm, vet], held);
    for (const w of [...swarm, vet]) trust.seenAt(w.peer, '203.0.113.7');
    assert.match(trust.room(swarm[2]!).why ?? '', /new peers from your address/);
    assert.equal(trust.room(vet).free, 1, 'a verified peer on the same address is not held back');
    trust.seenAt('c', '2001:db8:1:2::9');
    assert.equal(trust.room(swarm[2]!).free, 1, 'another address');
  });
});
