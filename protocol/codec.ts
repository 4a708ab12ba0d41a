/**
 * Envelope codec: bytes ↔ typed messages. Decoding is total: any input either yields a validated
 * message or throws ProtocolError (oversize, malformed, invalid, version_mismatch), never anything else.
 */
import { wholesum } from './generated/wholesum.js';
import { ProtocolError } from './errors.js';
import { PROTOCOL_VERSION } from './ids.js';
import * as L from './limits.js';
import { MAX_PO2 } from './po2.js';

export const v1 = wholesum.v1;
export type TaskKind = wholesum.v1.TaskKind;
export const TaskKind = wholesum.v1.TaskKind;

/** Plain-object shapes accepted by `encodeMessage` (all fields optional, as in protobuf). */
export interface BodyProps {
  workRequest: wholesum.v1.IWorkRequest;
  lease: wholesum.v1.ITaskLease;
  noWork: wholesum.v1.INoWork;
  heartbeat: wholesum.v1.IHeartbeat;
  leaseUpdate: wholesum.v1.ILeaseUpdate;
  result: wholesum.v1.ITaskResult;
  ack: wholesum.v1.IResultAck;
  blobRequest: wholesum.v1.IBlobRequest;
  blobChunk: wholesum.v1.IBlobChunk;
  fault: wholesum.v1.IProtocolFault;
}
/** Decoded messages: every field present (protobuf defaults filled in). */
export interface Bodies {
  workRequest: wholesum.v1.WorkRequest;
  lease: wholesum.v1.TaskLease;
  noWork: wholesum.v1.NoWork;
  heartbeat: wholesum.v1.Heartbeat;
  leaseUpdate: wholesum.v1.LeaseUpdate;
  result: wholesum.v1.TaskResult;
  ack: wholesum.v1.ResultAck;
  blobRequest: wholesum.v1.BlobRequest;
  blobChunk: wholesum.v1.BlobChunk;
  fault: wholesum.v1.ProtocolFault;
}
export type BodyKind = keyof Bodies;
export type Message = { [K in BodyKind]: { kind: K; body: Bodies[K] } }[BodyKind];

export const BODY_KINDS: readonly BodyKind[] = ['workRequest', 'lease', 'noWork', 'heartbeat', 'leaseUpdate', 'result', 'ack', 'blobRequest', 'blobChunk', 'fault'];

function capFor(kind: BodyKind | undefined): number {
  return kind === 'blobChunk' || kind === undefined ? L.MAX_FRAME_BYTES : L.MAX_CONTROL_BYTES;
}

export function encodeMessage<K extends BodyKind>(kind: K, body: BodyProps[K]): Uint8Array {
  const env = v1.Envelope.fromObject({ version: PROTOCOL_VERSION, [kind]: body });
  const bytes = v1.Envelope.encode(env).finish();
  // Validate what we send exactly as the peer will: a bug on our side must not look like a hostile peer.
  const round = decodeMessage(bytes);
  if (round.kind !== kind) throw new ProtocolError('invalid', `encoded ${kind} decodes as ${round.kind}`);
  return bytes;
}

export function decodeMessage(bytes: Uint8Array, expect?: readonly BodyKind[]): Message {
  if (bytes.length > L.MAX_FRAME_BYTES) {
    throw new ProtocolError('oversize', `frame of ${bytes.length} bytes exceeds ${L.MAX_FRAME_BYTES}`);
  }
  let env: wholesum.v1.Envelope;
  try {
    env = v1.Envelope.decode(bytes);
  } catch (e) {
    throw new ProtocolError('malformed', `not a Wholesum envelope: ${(e as Error).message}`);
  }
  if (env.version !== PROTOCOL_VERSION) {
    throw new ProtocolError('version_mismatch', `peer speaks protocol version ${env.version}, we speak ${PROTOCOL_VERSION}`);
  }
  const kind = env.body;
  if (!kind) throw new ProtocolError('malformed', 'envelope has no body');
  if (bytes.length > capFor(kind)) {
    throw new ProtocolError('oversize', `${kind} of ${bytes.length} bytes exceeds ${capFor(kind)}`);
  }
  if (expect && !expect.includes(kind)) {
    // The peer said why it stopped: pass that on (its words, not ours: they are shown, never trusted).
    if (kind === 'fault' && env.fault) throw new ProtocolError('refused', `peer refused: ${String(env.fault.code).slice(0, 64)}: ${String(env.fault.message).slice(0, 500)}`);
    throw new ProtocolError('unexpected_message', `expected ${expect.join(' or ')}, got ${kind}`);
  }
  const body = env[kind] as Bodies[typeof kind];
  validate(kind, body);
  return { kind, body } as Message;
}

// ---- validation: turn well-formed protobuf carrying nonsense into typed errors ----

const HEX64 = /^[0-9a-f]{64}$/;

function fail(message: string): never {
  throw new ProtocolError('invalid', message);
}
function str(value: string, field: string, max = L.MAX_STRING_CHARS): void {
  if (value.length > max) fail(`${field} is ${value.length} characters (max ${max})`);
}
function hex64(value: string, field: string, optional = false): void {
  if (optional && value === '') return;
  if (!HEX64.test(value)) fail(`${field} must be 64 lowercase hex characters`);
}
function num(value: number, field: string, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max) fail(`${field}=${value} is outside [${min}, ${max}]`);
}
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

function blobRef(b: wholesum.v1.IBlobRef | null | undefined, field: string): void {
  if (!b) fail(`${field} is missing`);
  hex64(b.sha256 ?? '', `${field}.sha256`);
  num(Number(b.size ?? 0), `${field}.size`, 0, L.MAX_BLOB_BYTES);
  str(b.role ?? '', `${field}.role`, 32);
}

function capacity(c: wholesum.v1.ICapacity | null | undefined): void {
  if (!c) fail('workRequest.capacity is missing');
  num(c.maxPo2 ?? 0, 'capacity.maxPo2', 0, MAX_PO2);
  num(c.freeSlots ?? 0, 'capacity.freeSlots', 0, 1024);
  num(c.cores ?? 0, 'capacity.cores', 0, 4096);
  num(c.threads ?? 0, 'capacity.threads', 0, 4096);
  for (const f of ['ramTotalBytes', 'ramAvailableBytes', 'memoryBudgetBytes'] as const) num(Number(c[f] ?? 0), `capacity.${f}`, 0, MAX_SAFE);
  num(c.liftSeconds ?? 0, 'capacity.liftSeconds', 0, 1e7);
  str(c.cpuModel ?? '', 'capacity.cpuModel');
  str(c.proverVersion ?? '', 'capacity.proverVersion');
  if ((c.cpuFlags?.length ?? 0) > L.MAX_CPU_FLAGS) fail('capacity.cpuFlags has too many entries');
  c.cpuFlags?.forEach((f, i) => {
    str(f, `capacity.cpuFlags[${i}]`, 64);
  });
  if ((c.speeds?.length ?? 0) > L.MAX_SPEEDS) fail('capacity.speeds has too many entries');
  c.speeds?.forEach((s, i) => {
    num(s.po2 ?? 0, `capacity.speeds[${i}].po2`, 0, MAX_PO2);
    num(s.proveSeconds ?? 0, `capacity.speeds[${i}].proveSeconds`, 0, 1e7);
    num(Number(s.peakRssBytes ?? 0), `capacity.speeds[${i}].peakRssBytes`, 0, MAX_SAFE);
  });
}

function validate(kind: BodyKind, b: Bodies[BodyKind]): void {
  switch (kind) {
    case 'workRequest': {
      capacity((b as Bodies['workRequest']).capacity);
      const proof = (b as Bodies['workRequest']).tokenProof;
      if (proof && proof.length !== 0 && proof.length !== 32) fail(`workRequest.tokenProof must be 32 bytes, got ${proof.length}`);
      return;
    }
    case 'lease': {
      const l = b as Bodies['lease'];
      if (!l.taskId) fail('lease.taskId is empty');
      str(l.taskId, 'lease.taskId', 256);
      str(l.jobId, 'lease.jobId', 256);
      if (!Object.values(TaskKind).includes(l.kind) || l.kind === TaskKind.TASK_KIND_UNSPECIFIED) fail(`lease.kind ${l.kind} is unknown`);
      num(l.po2, 'lease.po2', 0, MAX_PO2);
      if (l.inputs.length === 0 || l.inputs.length > L.MAX_INPUTS_PER_TASK) fail(`lease has ${l.inputs.length} inputs`);
      l.inputs.forEach((x, i) => {
        blobRef(x, `lease.inputs[${i}]`);
      });
      num(Number(l.leaseDeadlineMs), 'lease.leaseDeadlineMs', 0, MAX_SAFE);
      if (l.heartbeatIntervalMs !== 0) num(l.heartbeatIntervalMs, 'lease.heartbeatIntervalMs', L.MIN_HEARTBEAT_MS, L.MAX_HEARTBEAT_MS);
      hex64(l.imageId, 'lease.imageId', true);
      hex64(l.expectedClaim, 'lease.expectedClaim', true);
      return;
    }
    case 'noWork': {
      const n = b as Bodies['noWork'];
      num(n.retryAfterMs, 'noWork.retryAfterMs', 0, 3_600_000);
      str(n.reason, 'noWork.reason');
      return;
    }
    case 'heartbeat': {
      const h = b as Bodies['heartbeat'];
      str(h.taskId, 'heartbeat.taskId', 256);
      str(h.stage, 'heartbeat.stage', 64);
      num(h.elapsedSeconds, 'heartbeat.elapsedSeconds', 0, 1e8);
      num(Number(h.rssBytes), 'heartbeat.rssBytes', 0, MAX_SAFE);
      return;
    }
    case 'leaseUpdate': {
      const u = b as Bodies['leaseUpdate'];
      str(u.taskId, 'leaseUpdate.taskId', 256);
      num(Number(u.leaseDeadlineMs), 'leaseUpdate.leaseDeadlineMs', 0, MAX_SAFE);
      return;
    }
    case 'result': {
      const r = b as Bodies['result'];
      str(r.taskId, 'result.taskId', 256);
      str(r.jobId, 'result.jobId', 256);
      if (!r.output && !r.error) fail('result has neither output nor error');
      if (r.output) blobRef(r.output, 'result.output');
      hex64(r.claimDigest, 'result.claimDigest', true);
      if (r.error) {
        str(r.error.code ?? '', 'result.error.code', 64);
        str(r.error.message ?? '', 'result.error.message', 4096);
      }
      for (const [k, v] of Object.entries(r.timings ?? {})) if (typeof v === 'number') num(v, `result.timings.${k}`, 0, 1e8);
      num(Number(r.peakRssBytes), 'result.peakRssBytes', 0, MAX_SAFE);
      return;
    }
    case 'ack': {
      const a = b as Bodies['ack'];
      str(a.taskId, 'ack.taskId', 256);
      str(a.reason, 'ack.reason', 4096);
      return;
    }
    case 'blobRequest':
      hex64((b as Bodies['blobRequest']).sha256, 'blobRequest.sha256');
      return;
    case 'blobChunk': {
      const c = b as Bodies['blobChunk'];
      hex64(c.sha256, 'blobChunk.sha256');
      hex64(c.chunkSha256, 'blobChunk.chunkSha256');
      if (c.data.length > L.CHUNK_BYTES) fail(`blobChunk carries ${c.data.length} bytes (max ${L.CHUNK_BYTES})`);
      num(Number(c.totalSize), 'blobChunk.totalSize', 0, L.MAX_BLOB_BYTES);
      num(Number(c.offset), 'blobChunk.offset', 0, L.MAX_BLOB_BYTES);
      if (Number(c.offset) + c.data.length > Number(c.totalSize)) fail('blobChunk runs past totalSize');
      return;
    }
    case 'fault': {
      const f = b as Bodies['fault'];
      str(f.code, 'fault.code', 64);
      str(f.message, 'fault.message', 4096);
      return;
    }
  }
}

/** Job announcements travel on gossipsub, outside envelopes. */
export function encodeAnnouncement(a: wholesum.v1.IJobAnnouncement): Uint8Array {
  const bytes = v1.JobAnnouncement.encode(v1.JobAnnouncement.fromObject(a)).finish();
  decodeAnnouncement(bytes);
  return bytes;
}

export function decodeAnnouncement(bytes: Uint8Array): wholesum.v1.JobAnnouncement {
  if (bytes.length > L.MAX_ANNOUNCEMENT_BYTES) throw new ProtocolError('oversize', `announcement of ${bytes.length} bytes`);
  let a: wholesum.v1.JobAnnouncement;
  try {
    a = v1.JobAnnouncement.decode(bytes);
  } catch (e) {
    throw new ProtocolError('malformed', `not a job announcement: ${(e as Error).message}`);
  }
  if (!a.jobId) fail('announcement.jobId is empty');
  str(a.jobId, 'announcement.jobId', 256);
  num(a.po2, 'announcement.po2', 0, MAX_PO2);
  num(Number(a.createdMs), 'announcement.createdMs', 0, MAX_SAFE);
  return a;
}
