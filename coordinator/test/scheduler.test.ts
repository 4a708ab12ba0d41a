/** The hedging policy: which straggler an idle worker duplicates, and when it leaves things alone. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { chooseHedge, type HedgeCandidate, type SchedTask, type SchedWorker } from '../scheduler.js';

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
