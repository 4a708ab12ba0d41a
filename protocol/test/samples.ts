/** One valid body of every kind and a valid announcement: the seeds the codec tests and the fuzzer mutate. */
import { sha256Hex, TaskKind, v1, type BodyKind, type BodyProps } from '../index.js';
import type { wholesum } from '../generated/wholesum.js';

export const H = 'ab'.repeat(32);

export const SAMPLES: { [K in BodyKind]: BodyProps[K] } = {
  workRequest: {
    capacity: {
      ramTotalBytes: 24 * 2 ** 30,
      ramAvailableBytes: 20 * 2 ** 30,
      memoryBudgetBytes: 8 * 2 ** 30,
      cores: 2,
      threads: 2,
      cpuModel: 'Intel Core 2 Duo',
      cpuFlags: ['sse2', 'avx2'],
      maxPo2: 18,
      speeds: [{ po2: 16, proveSeconds: 29.5, peakRssBytes: 610e6, measured: true }],
      proverVersion: 'wholesum-prover/0.1.0',
      freeSlots: 1,
      canAggregate: true,
      liftSeconds: 44,
    },
  },
  lease: {
    taskId: 'job1/prove/3',
    jobId: 'job1',
    kind: TaskKind.PROVE_LIFT,
    po2: 16,
    inputs: [{ sha256: H, size: 33761, role: 'segment' }],
    leaseDeadlineMs: Date.now() + 60_000,
    heartbeatIntervalMs: 5000,
    expectedClaim: H,
  },
  noWork: { retryAfterMs: 2000, reason: 'no tasks' },
  heartbeat: { taskId: 'job1/prove/3', stage: 'proving', elapsedSeconds: 12.5, rssBytes: 600e6 },
  leaseUpdate: { taskId: 'job1/prove/3', leaseDeadlineMs: Date.now() + 60_000, cancel: false },
  result: {
    taskId: 'job1/prove/3',
    jobId: 'job1',
    output: { sha256: H, size: 223_000, role: 'receipt' },
    claimDigest: H,
    timings: { fetchSeconds: 0.1, proveSeconds: 29, liftSeconds: 44, totalSeconds: 74 },
    peakRssBytes: 1.4e9,
  },
  ack: { taskId: 'job1/prove/3', accepted: true, reason: '' },
  blobRequest: { sha256: H },
  blobChunk: { sha256: H, offset: 0, data: new Uint8Array([1, 2, 3]), chunkSha256: sha256Hex(new Uint8Array([1, 2, 3])), totalSize: 3, last: true },
  fault: { code: 'timeout', message: 'too slow' },
};

export const ANNOUNCEMENT: wholesum.v1.IJobAnnouncement = { jobId: 'job1', po2: 18, tasks: 40, createdMs: 1 };

/** Encode without validation, to build hostile frames. */
export function encodeMessageUnchecked(kind: BodyKind, body: object, version = 1): Uint8Array {
  return v1.Envelope.encode(v1.Envelope.fromObject({ version, [kind]: body })).finish();
}
