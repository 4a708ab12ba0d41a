/**
 * The bench's lower bound (analysis.ts) on a job record of the coordinator's shape: 2 segments ready
 * at 1 s and 2 s, 100 s each, then one 50 s join, then 1 s of finalization.
 * - one slot: nothing beats doing all 250 s of tasks back to back (the critical path says 153 s);
 * - two slots: the critical path (the segments side by side, then the join) is the bound.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { JobDetail, JobTask } from '../coordinator/api/client.js';
import { analyse } from './analysis.js';

const t0 = 1_000_000;
const task = (id: string, kind: string, ready: number, start: number, seconds: number): JobTask => ({
  id,
  kind,
  span: [0, 0],
  level: 0,
  state: 'done',
  leased_to: null,
  hedged_to: null,
  worker: 'w',
  attempts: 1,
  seconds,
  created_ms: t0 + ready * 1000,
  started_ms: t0 + start * 1000,
  done_ms: t0 + (start + seconds) * 1000,
  verify_seconds: 0,
  worker_seconds: null,
  leases: 1,
  hedges: 0,
  late_results: 0,
  excluded: [],
  failures: {},
  inputs: [],
  output_sha256: null,
});

function record(tasks: JobTask[], end: number): JobDetail {
  return {
    id: 'j',
    segments: 2,
    po2: 16,
    stage_started_ms: { queued: t0, executing: t0, executed: t0 + 2000, segmentsProved: t0 + 2000, joined: t0 + (end - 1) * 1000, finalized: t0 + end * 1000 },
    finished_ms: t0 + end * 1000,
    tasks,
  } as unknown as JobDetail;
}

test('one slot: the work bound, not the critical path', () => {
  const a = analyse(record([task('seg-0', 'prove_lift', 1, 1, 100), task('seg-1', 'prove_lift', 2, 101, 100), task('join-1-0', 'join', 201, 201, 50)], 252), 1);
  assert.equal(a.criticalPathSeconds, 2 + 100 + 50 + 1);
  assert.equal(a.workBoundSeconds, 1 + 250 + 1);
  assert.equal(a.boundSeconds, 252);
  assert.equal(a.latencySeconds / a.boundSeconds, 1);
});

test('two slots: the critical path', () => {
  const a = analyse(record([task('seg-0', 'prove_lift', 1, 1, 100), task('seg-1', 'prove_lift', 2, 2, 100), task('join-1-0', 'join', 102, 102, 50)], 153), 2);
  assert.equal(a.workBoundSeconds, 1 + 125 + 1);
  assert.equal(a.boundSeconds, a.criticalPathSeconds);
  assert.equal(a.criticalPathSeconds, 153);
});
