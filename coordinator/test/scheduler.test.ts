/**
 * The scheduling policy: which open task a worker gets (kind order, po2 fit, the fast-join rule,
 * exclusions, oldest job first), and which straggler an idle worker duplicates.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { chooseHedge, chooseTask, type HedgeCandidate, type SchedTask, type SchedWorker } from '../scheduler.js';

const idle: SchedWorker = { peer: 'idle', maxPo2: 20, canAggregate: true, groth16: false, liftSeconds: 40, freeSlots: 1 };
const task = (id: string, level = 0, kind: SchedTask['kind'] = 'prove_lift', po2 = 16): SchedTask => ({ id, kind, po2, level, span: [0, 0] });
const cand = (o: Partial<HedgeCandidate<SchedTask>> = {}): HedgeCandidate<SchedTask> => ({
  task: task('seg-0'),
  holder: 'slow',
  holderExpected: 100,
  elapsed: 10,
  idleExpected: 100,
  hedged: false,
  excluded: [],
  ...o,
});

describe('chooseHedge', () => {
  test('a task on time on an equal worker is left alone', () => {
    assert.equal(chooseHedge(idle, [cand({ elapsed: 150 })], 2), undefined);
  });

  test('a late task (past after × its expected time) is hedged', () => {
    assert.equal(chooseHedge(idle, [cand({ elapsed: 201 })], 2), 0);
  });

  test('a holder known to be much slower is hedged at once', () => {
    assert.equal(chooseHedge(idle, [cand({ holderExpected: 1000, elapsed: 5, idleExpected: 80 })], 2), 0);
    assert.equal(chooseHedge(idle, [cand({ holderExpected: 150, elapsed: 5, idleExpected: 80 })], 2), undefined, 'not slow enough');
  });

  test('never a third copy, never to the holder itself or a worker whose result was refused, never when off', () => {
    const late = { elapsed: 500 };
    assert.equal(chooseHedge(idle, [cand({ ...late, hedged: true })], 2), undefined);
    assert.equal(chooseHedge(idle, [cand({ ...late, holder: 'idle' })], 2), undefined);
    assert.equal(chooseHedge(idle, [cand({ ...late, excluded: ['idle'] })], 2), undefined);
    assert.equal(chooseHedge(idle, [cand(late)], 0), undefined);
    assert.equal(chooseHedge({ ...idle, freeSlots: 0 }, [cand(late)], 2), undefined);
  });

  test('a segment above the idle worker’s po2 or a Groth16 task without a backend is not hedged to it', () => {
    assert.equal(chooseHedge({ ...idle, maxPo2: 14 }, [cand({ elapsed: 500 })], 2), undefined);
    assert.equal(chooseHedge(idle, [cand({ elapsed: 500, task: task('groth16', 0, 'groth16', 0) })], 2), undefined);
  });

  test('the task closest to the root goes first, then the longest wait', () => {
    const low = cand({ task: task('seg-3'), elapsed: 900 });
    const high = cand({ task: task('join-1-0', 1, 'join'), elapsed: 300 });
    assert.equal(chooseHedge(idle, [low, high], 2), 1);
    const a = cand({ task: task('seg-1'), elapsed: 300 });
    const b = cand({ task: task('seg-2'), elapsed: 600 });
    assert.equal(chooseHedge(idle, [a, b], 2), 1);
  });
});

describe('chooseTask', () => {
  const fast: SchedWorker = { ...idle, peer: 'fast', liftSeconds: 40 };
  const slow: SchedWorker = { ...idle, peer: 'slow', liftSeconds: 100 };
  const seg = (i: number, po2 = 16): SchedTask => ({ id: `seg-${i}`, kind: 'prove_lift', po2, level: 0, span: [i, i] });
  const join = (level: number, i: number): SchedTask => ({ id: `join-${level}-${i}`, kind: 'join', po2: 16, level, span: [i * 2 ** level, (i + 1) * 2 ** level - 1] });
  const g16: SchedTask = { id: 'groth16', kind: 'groth16', po2: 0, level: 0, span: [0, 0] };
  const pick = (w: SchedWorker, open: SchedTask[], excluded: string[] = []) => chooseTask(w, [fast, slow], [{ open, excluded: () => excluded }])?.task.id;

  test('a Groth16 task goes first to a worker with the backend, and never to one without', () => {
    assert.equal(pick({ ...fast, groth16: true }, [seg(0), join(1, 0), g16]), 'groth16');
    assert.equal(pick(fast, [g16]), undefined);
  });

  test('a fast worker takes the highest join first, then segments in order', () => {
    assert.equal(pick(fast, [seg(3), join(1, 0), join(2, 0), seg(1)]), 'join-2-0');
    assert.equal(pick(fast, [seg(3), seg(1), seg(2)]), 'seg-1');
  });

  test('a slow worker takes a lower join, then a segment, and an upper join only when nothing else fits', () => {
    assert.equal(pick(slow, [join(2, 0), seg(4), join(1, 1)]), 'join-1-1');
    assert.equal(pick(slow, [join(2, 0), seg(4)]), 'seg-4');
    assert.equal(pick({ ...slow, maxPo2: 16 }, [join(2, 0), seg(4, 18)]), 'join-2-0');
    assert.equal(pick(slow, [join(2, 0)]), 'join-2-0');
  });

  test('segments above the worker’s po2, excluded tasks, no free slot or no aggregation get nothing', () => {
    assert.equal(pick({ ...fast, maxPo2: 14 }, [seg(0, 16)]), undefined);
    assert.equal(pick(fast, [seg(0), seg(1)], ['fast']), undefined);
    assert.equal(pick({ ...fast, freeSlots: 0 }, [seg(0)]), undefined);
    assert.equal(pick({ ...fast, canAggregate: false }, [seg(0)]), undefined);
  });

  test('the oldest job with something for the worker wins', () => {
    const r = chooseTask(fast, [fast], [{ open: [seg(0, 20)] }, { open: [seg(5)] }, { open: [join(3, 0)] }]);
    assert.deepEqual([r?.job, r?.task.id], [0, 'seg-0']);
    const r2 = chooseTask({ ...fast, maxPo2: 16 }, [fast], [{ open: [seg(0, 20)] }, { open: [seg(5)] }, { open: [join(3, 0)] }]);
    assert.deepEqual([r2?.job, r2?.task.id], [1, 'seg-5']);
  });
});
