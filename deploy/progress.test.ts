/** The demo's progress line: the join tree drawn level by level from a job's detail. */
import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { JobDetail, JobTask } from '../coordinator/api/client.js';
import { duration, progressLine } from './progress.js';

// Task ids as the coordinator names them (tree.ts: seg-<i>, join-<level>-<i>).
const task = (kind: string, level: number, span: [number, number], state: string, leased = false): JobTask =>
  ({ id: kind === 'join' ? `join-${level}-${span[0] / 2 ** level}` : `seg-${span[0]}`, kind, level, span, state, leased_to: leased ? 'peer' : null }) as JobTask;

const job = (segments: number | null, tasks: JobTask[], over: Partial<JobDetail> = {}): JobDetail =>
  ({ status: 'RUNNING', state: 'proving 2/5', segments, tasks, eta_seconds: 160, stage_started_ms: { queued: 1_000 }, ...over }) as JobDetail;

test('five segments: three levels of joins, a lone node carried up is not drawn', () => {
  const tasks = [
    task('prove_lift', 0, [0, 0], 'done'),
    task('prove_lift', 0, [1, 1], 'done'),
    task('prove_lift', 0, [2, 2], 'pending', true),
    task('prove_lift', 0, [3, 3], 'pending'),
    task('prove_lift', 0, [4, 4], 'pending'),
    task('join', 1, [0, 1], 'pending', true),
  ];
  // Level 1: join(0,1) running, join(2,3) waiting, segment 4 alone; level 2: join(0-3); level 3: the root.
  assert.equal(progressLine(job(5, tasks), 213_000), 'proving · ■■▶□□ › ▶□ › □ › □ · segments 2/5 · joins 0/4 · 3 min 32 s · ETA ~2 min 40 s');
});

test('while executing the count is open; a one-segment job has no joins', () => {
  const seen = [task('prove_lift', 0, [0, 0], 'pending', true), task('prove_lift', 0, [1, 1], 'pending')];
  assert.equal(progressLine(job(null, seen, { state: 'executing', eta_seconds: null }), 31_000), 'executing · ▶□ › □ · segments 0/2+ (executing) · joins 0/? · 30 s');
  const one = progressLine(job(1, [task('prove_lift', 0, [0, 0], 'done')], { status: 'SUCCEEDED', eta_seconds: null }), 61_000);
  assert.equal(one, 'succeeded · ■ · segments 1/1 · 1 min');
});

test('durations read as a person would say them', () => {
  assert.deepEqual([0, 45, 60, 160, 3600, 3900].map(duration), ['0 s', '45 s', '1 min', '2 min 40 s', '1 h', '1 h 5 min']);
});
