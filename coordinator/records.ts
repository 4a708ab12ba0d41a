/** What the coordinator keeps in Redis about sessions, tasks, images, inputs and workers. */
import type { TaskKindName } from '../protocol/index.js';

export type { TaskKindName };

export type SessionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
export const TERMINAL: SessionStatus[] = ['SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED'];

/** Where a session is; the Bonsai `state` line adds counts ("ProveSegments: 3/8", "Join: 1/7"). */
export type Stage = 'Queued' | 'Planning' | 'Executing' | 'ProveSegments' | 'Finalize' | 'Done';

export interface StageTimes {
  /** Unix ms when each stage began (missing: not reached). */
  queued: number;
  planning?: number;
  executing?: number;
  executed?: number;
  firstLease?: number;
  segmentsProved?: number;
  joined?: number;
  finalized?: number;
}

export interface SessionRecord {
  id: string;
  kind: 'prove' | 'snark';
  imageId: string;
  inputId: string;
  /** The input blob at creation: later uploads to the same uuid do not change what is proved. */
  inputSha?: string;
  /**
   * The guest blob at creation: a delete of the image record (its last holder's) does not take the
   * guest from a session still waiting to execute (holdings.ts keeps the blob while it runs).
   */
  imageSha?: string;
  /** sha256 of the key that created it (keys are never stored in the clear). */
  owner: string;
  executeOnly: boolean;
  cycleLimit: number;
  status: SessionStatus;
  stage: Stage;
  errorMsg?: string;
  /** Fixed once planned, so a restart resumes with the same segments. */
  po2?: number;
  /** Segments produced so far; `segments` is set when execution has finished. */
  segmentsSeen: number;
  segments?: number;
  totalCycles?: number;
  userCycles?: number;
  /**
   * Cycles execution is known to have run, charged to the owner's usage once (quotas.ts): the total
   * when it finished, else what it streamed before it failed or was stopped (at least the limit
   * when it ran past it).
   */
  spentCycles?: number;
  journal?: string;
  /** sha256 of the final receipt blob. */
  receiptSha?: string;
  /** Unguessable part of receipt_url, so the download link works like a presigned URL. */
  downloadToken: string;
  times: StageTimes;
  finishedMs?: number;
  /** snark sessions: the session whose receipt is wrapped. */
  sourceSession?: string;
}

export interface BlobInput {
  role: string;
  sha256: string;
  size: number;
}

export interface TaskOutput {
  sha256: string;
  size: number;
  claimDigest: string;
  preState?: string;
  postState?: string;
}

export interface TaskRecord {
  /** Deterministic within the job: seg-<i>, join-<level>-<i>, groth16. */
  id: string;
  kind: TaskKindName;
  po2: number;
  /** Segment span [first, last] this task's receipt covers. */
  span: [number, number];
  level: number;
  inputs: BlobInput[];
  /** The claim digest execution predicted (segments). */
  expectedClaim?: string;
  state: 'pending' | 'done';
  attempts: number;
  /** Workers that do not get this task again: a refused result, or TASK_FAILURES_PER_PEER failures (trust.ts). */
  excluded: string[];
  /** Failures of this task by peer (errors, lost streams, overdue leases). */
  failures?: Record<string, number>;
  output?: TaskOutput;
  worker?: string;
  /** Lease to verified result, of the accepted attempt. */
  seconds?: number;
  /** When the task could first be leased (its inputs existed). */
  createdMs?: number;
  /** The accepted attempt's lease start and verification end. */
  startedMs?: number;
  doneMs?: number;
  /** The coordinator's own check of the accepted result. */
  verifySeconds?: number;
  /** What the worker reported for the accepted attempt (seconds). */
  timings?: { fetch: number; prove: number; lift: number; join: number; total: number };
  /** Leases handed out for it, hedges among them. */
  leases?: number;
  hedges?: number;
  /** Receipts that arrived after another was accepted: proving done twice. */
  lateResults?: number;
}

/**
 * One stored guest, shared by image id: the keys that hold it are a per-key reference set beside it
 * (holdings.ts), and the record goes when the last of them deletes it.
 */
export interface ImageRecord {
  imageId: string;
  /** Records written before per-key references: the one key that held it (moved into the set at start). */
  owner?: string;
  sha256: string;
  /** The first upload's size: what every key that holds the image is charged (--max-storage-per-key). */
  bytes: number;
  format: 'r0bf' | 'elf';
  createdMs: number;
}

export interface InputRecord {
  id: string;
  /** Hash of the key that asked for the upload. */
  owner: string;
  sha256?: string;
  bytes?: number;
  createdMs: number;
}

export interface WorkerRecord {
  peer: string;
  accepted: number;
  rejected: number;
  failed: number;
  banned: boolean;
  banReason?: string;
  firstSeenMs: number;
  /** Lease-to-verified seconds this coordinator measured, by kind (prove_lift by po2): trust.ts. */
  measured?: Record<string, number>;
}
