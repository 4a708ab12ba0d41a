/**
 * The Bonsai-compatible routes (bonsai-sdk 1.4; shapes in ../BONSAI_WIRE.md), so a stock RISC Zero
 * host proves through Wholesum with only BONSAI_API_URL and BONSAI_API_KEY set. Upload and download
 * URLs point back at this server and, like every route here, need the caller's key.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { prover, ProverError } from '../../native-prover/client/index.js';
import { BadRequestError, ImageIdMismatchError, InvalidGuestError, NotFoundError } from '../errors.js';
import type { SessionRecord } from '../records.js';
import { TERMINAL } from '../records.js';
import type { ApiContext } from './context.js';
import { guard } from './guard.js';
import type { Reply, Request, Router } from './http.js';

export const RISC0_VERSION = '3.1.0-rc.1';
const HEX64 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f-]{36}$/;

const ok = (json: unknown, status = 200): Reply => ({ status, json });

export async function enqueue(queue: ApiContext['queue'], s: SessionRecord): Promise<void> {
  await queue.add(s.kind, { sessionId: s.id }, { jobId: s.id, removeOnComplete: true, removeOnFail: true });
}

/** A session the caller may see: it exists and their key created it. */
async function ownSession(ctx: ApiContext, req: Request, owner: string, kind: SessionRecord['kind']): Promise<SessionRecord> {
  const id = req.params.id ?? '';
  const s = UUID.test(id) ? await ctx.store.getSession(id) : undefined;
  if (!s || s.owner !== owner || s.kind !== kind) throw new NotFoundError(kind === 'snark' ? 'snark session' : 'session', id);
  return s;
}

function imageIdParam(req: Request): string {
  const id = (req.params.imageId ?? '').toLowerCase().replace(/^0x/, '');
  if (!HEX64.test(id)) throw new BadRequestError('the image id must be 64 hex characters (a RISC Zero image id)', 'bad_image_id');
  return id;
}

/**
 * The session's execution cycle limit: the client's `exec_cycle_limit` (risc0's session_limit, in
 * cycles) where it is lower than --cycle-limit. A higher one is clamped, not refused (a stock host
 * sends its own default), and the session log says so, since execution then stops earlier than asked.
 */
export function sessionCycleLimit(asked: unknown, coordinatorLimit: number): { cycles: number; note: string } {
  if (asked === undefined || asked === null) return { cycles: coordinatorLimit, note: '' };
  if (typeof asked !== 'number' || !Number.isSafeInteger(asked) || asked <= 0) {
    throw new BadRequestError(`exec_cycle_limit must be a positive integer number of cycles (at most ${coordinatorLimit} here) or null`);
  }
  if (asked <= coordinatorLimit) return { cycles: asked, note: '' };
  return { cycles: coordinatorLimit, note: `; exec_cycle_limit ${asked} is above this coordinator's --cycle-limit, so execution stops at ${coordinatorLimit} cycles` };
}

export function newSession(o: Omit<SessionRecord, 'status' | 'stage' | 'segmentsSeen' | 'downloadToken' | 'times' | 'id'>): SessionRecord {
  return { ...o, id: randomUUID(), status: 'RUNNING', stage: 'Queued', segmentsSeen: 0, downloadToken: randomBytes(16).toString('hex'), times: { queued: Date.now() } };
}

export function bonsaiRoutes(r: Router, ctx: ApiContext): void {
  const auth = guard(ctx);

  r.add(
    'GET',
    '/version',
    auth(async () => ok({ risc0_zkvm: [RISC0_VERSION] })),
  );

  r.add(
    'GET',
    '/user/quotas',
    auth(async (_req, owner) => ok({ ...(await ctx.quotas.report(owner)), dedicated_executor: 0, dedicated_gpu: 0 })),
  );

  // ---- images ----
  r.add(
    'GET',
    '/images/upload/:imageId',
    auth(async (req, owner) => {
      const id = imageIdParam(req);
      // 204 only to a key that uploaded the image itself: another key uploads it once too, to hold
      // its own reference (one another key's delete cannot take away), charged to its own quota.
      if (await ctx.holdings.holdsImage(owner, id)) return { status: 204 };
      return ok({ url: `${ctx.baseUrl(req)}/uploads/images/${id}` });
    }),
  );

  r.add(
    'PUT',
    '/uploads/images/:imageId',
    auth(async (req, owner) => {
      const claimed = imageIdParam(req);
      const body = await req.body(ctx.opts.maxImageBytes, 'the guest image');
      await ctx.holdings.roomForImage(owner, claimed, body.length);
      const tag = randomBytes(6).toString('hex');
      const file = join(ctx.tmpDir, `upload-${tag}.bin`);
      const r0bf = join(ctx.tmpDir, `upload-${tag}.r0bf`);
      try {
        await writeFile(file, body);
        let info: Awaited<ReturnType<typeof prover.imageId>>;
        try {
          info = await prover.imageId(file, r0bf);
        } catch (e) {
          if (e instanceof ProverError && e.isBadInput) throw new InvalidGuestError(e.message);
          throw e;
        }
        if (info.image_id !== claimed) throw new ImageIdMismatchError(claimed, info.image_id);
        // The blob first, then the record and reference that point at it: a crash in between leaves no record.
        await ctx.holdings.holdImage(owner, { imageId: claimed, bytes: body.length, format: info.format, createdMs: Date.now() }, await readFile(r0bf));
        ctx.log.info('image stored', { imageId: claimed, format: info.format, bytes: body.length });
        return ok({ image_id: claimed });
      } finally {
        await rm(file, { force: true });
        await rm(r0bf, { force: true });
      }
    }),
  );

  r.add(
    'DELETE',
    '/images/:imageId',
    auth(async (req, owner) => {
      // Drops the caller's own reference only; other keys that uploaded the image keep it.
      await ctx.holdings.dropImage(owner, imageIdParam(req));
      return ok({});
    }),
  );

  // ---- inputs ----
  r.add(
    'GET',
    '/inputs/upload',
    auth(async (req, owner) => {
      const id = randomUUID();
      await ctx.store.putInput({ id, owner, createdMs: Date.now() });
      return ok({ url: `${ctx.baseUrl(req)}/uploads/inputs/${id}`, uuid: id });
    }),
  );

  r.add(
    'PUT',
    '/uploads/inputs/:id',
    auth(async (req, owner) => {
      const id = req.params.id ?? '';
      const rec = UUID.test(id) ? await ctx.store.getInput(id) : undefined;
      if (!rec || rec.owner !== owner) throw new NotFoundError('input upload', id);
      const body = await req.body(ctx.opts.maxInputBytes, 'the input');
      await ctx.holdings.putInput(owner, id, body);
      return ok({ uuid: id });
    }),
  );

  r.add(
    'DELETE',
    '/inputs/:id',
    auth(async (req, owner) => {
      const id = req.params.id ?? '';
      if (!UUID.test(id)) throw new NotFoundError('input', id);
      await ctx.holdings.dropInput(owner, id);
      return ok({});
    }),
  );

  // ---- sessions ----
  r.add(
    'POST',
    '/sessions/create',
    auth(async (req, owner) => {
      const b = await req.json<{ img?: unknown; input?: unknown; assumptions?: unknown; execute_only?: unknown; exec_cycle_limit?: unknown }>();
      if (typeof b !== 'object' || b === null) throw new BadRequestError('the body must be a JSON object {img, input, assumptions, execute_only}');
      if (typeof b.img !== 'string' || typeof b.input !== 'string') throw new BadRequestError('img (image id) and input (input uuid) are required strings');
      const img = b.img.toLowerCase().replace(/^0x/, '');
      const image = HEX64.test(img) ? await ctx.store.getImage(img) : undefined;
      if (!image || !ctx.blobs.has(image.sha256)) throw new NotFoundError('image', b.img);
      const input = UUID.test(b.input) ? await ctx.store.getInput(b.input) : undefined;
      if (!input || input.owner !== owner) throw new NotFoundError('input', b.input);
      if (!input.sha256) throw new BadRequestError(`input ${b.input} was never uploaded: PUT it to its upload url first`, 'input_not_uploaded');
      if (b.assumptions !== undefined && (!Array.isArray(b.assumptions) || b.assumptions.length > 0)) {
        throw new BadRequestError('assumptions (composition) are not supported by this coordinator yet: pass []', 'unsupported');
      }
      const limit = sessionCycleLimit(b.exec_cycle_limit, ctx.opts.cycleLimit);
      const s = newSession({
        kind: 'prove',
        imageId: img,
        imageSha: image.sha256,
        inputId: input.id,
        inputSha: input.sha256,
        owner,
        executeOnly: b.execute_only === true,
        cycleLimit: limit.cycles,
      });
      // Any stored image may be proved with (an image id names a public program); the session holds its blobs until it ends.
      await ctx.holdings.admit(s, () => ctx.quotas.create(s));
      await enqueue(ctx.queue, s);
      void ctx.store.log(s.id, `created: image ${img}, input ${input.id} (${input.bytes} bytes)${s.executeOnly ? ', execute only' : ''}${limit.note}`);
      return ok({ uuid: s.id });
    }),
  );

  r.add(
    'GET',
    '/sessions/status/:id',
    auth(async (req, owner) => {
      const s = await ownSession(ctx, req, owner, 'prove');
      const job = ctx.engine.activeJob(s.id);
      const running = s.status === 'RUNNING';
      return ok({
        status: s.status,
        receipt_url: s.status === 'SUCCEEDED' && s.receiptSha ? `${ctx.baseUrl(req)}/receipts/download/${s.id}/${s.downloadToken}` : null,
        error_msg: running || s.status === 'SUCCEEDED' ? null : (s.errorMsg ?? null),
        state: running ? (job?.stateLine() ?? s.stage) : null,
        elapsed_time: ((s.finishedMs ?? Date.now()) - s.times.queued) / 1000,
        stats: s.segments !== undefined ? { segments: s.segments, total_cycles: s.totalCycles ?? 0, cycles: s.userCycles ?? 0 } : null,
      });
    }),
  );

  r.add(
    'GET',
    '/receipts/upload',
    auth(async () => {
      throw new BadRequestError('assumption receipts (composition) are not supported by this coordinator yet', 'unsupported');
    }),
  );

  r.add(
    'GET',
    '/receipts/:id',
    auth(async (req, owner) => {
      const s = await ownSession(ctx, req, owner, 'prove');
      if (s.status !== 'SUCCEEDED' || !s.receiptSha) throw new NotFoundError('receipt for session', s.id);
      return ok({ url: `${ctx.baseUrl(req)}/receipts/download/${s.id}/${s.downloadToken}` });
    }),
  );

  r.add(
    'GET',
    '/receipts/download/:id/:token',
    auth(async (req) => {
      const s = UUID.test(req.params.id ?? '') ? await ctx.store.getSession(req.params.id!) : undefined;
      if (!s || s.downloadToken !== req.params.token || !s.receiptSha) throw new NotFoundError('receipt', req.params.id ?? '');
      const bytes = await ctx.blobs.get(s.receiptSha);
      if (!bytes) throw new NotFoundError('receipt', s.id);
      return { status: 200, bytes };
    }),
  );

  r.add(
    'GET',
    '/sessions/stop/:id',
    auth(async (req, owner) => {
      const s = await ownSession(ctx, req, owner, 'prove');
      if (!TERMINAL.includes(s.status)) await ctx.engine.stop(s.id);
      return ok({});
    }),
  );

  r.add(
    'GET',
    '/sessions/logs/:id',
    auth(async (req, owner) => {
      const s = await ownSession(ctx, req, owner, 'prove');
      return { status: 200, text: `${(await ctx.store.logs(s.id)).join('\n')}\n` };
    }),
  );

  r.add(
    'GET',
    '/sessions/exec_only_journal/:id',
    auth(async (req, owner) => {
      const s = await ownSession(ctx, req, owner, 'prove');
      if (s.journal === undefined) throw new NotFoundError('journal for session', s.id);
      return { status: 200, bytes: Buffer.from(s.journal, 'hex') };
    }),
  );

  // ---- snark ----
  r.add(
    'POST',
    '/snark/create',
    auth(async (req, owner) => {
      const b = await req.json<{ session_id?: unknown }>();
      const sid = typeof b?.session_id === 'string' ? b.session_id : '';
      const src = UUID.test(sid) ? await ctx.store.getSession(sid) : undefined;
      if (!src || src.owner !== owner || src.kind !== 'prove') throw new NotFoundError('session', sid);
      if (src.executeOnly) throw new BadRequestError('an execute-only session has no receipt to wrap');
      const s = newSession({ kind: 'snark', imageId: src.imageId, inputId: src.inputId, owner, executeOnly: false, cycleLimit: src.cycleLimit, sourceSession: src.id });
      await ctx.quotas.create(s);
      await enqueue(ctx.queue, s);
      return ok({ uuid: s.id });
    }),
  );

  r.add(
    'GET',
    '/snark/status/:id',
    auth(async (req, owner) => {
      const s = await ownSession(ctx, req, owner, 'snark');
      return ok({
        status: s.status,
        output: s.status === 'SUCCEEDED' && s.receiptSha ? `${ctx.baseUrl(req)}/receipts/download/${s.id}/${s.downloadToken}` : null,
        error_msg: s.status === 'RUNNING' || s.status === 'SUCCEEDED' ? null : (s.errorMsg ?? null),
      });
    }),
  );
}
