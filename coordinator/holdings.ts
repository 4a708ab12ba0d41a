/**
 * Who holds what, so that storage quotas hold and deletes free space.
 * - An image is stored once per image id (content addressing: two keys uploading one guest share
 *   its record and blob), and every key that uploaded it holds its own reference, charged to it.
 *   A key's delete drops only its reference; the record goes with the last one. Another key's
 *   upload never takes a reference away.
 * - An input belongs to the key that asked for its upload url; only that key may write or delete it.
 * - Every record or running session that needs a blob is listed beside it (K.blobRefs; sessions
 *   join at creation and leave with their terminal write, receipts stay). A blob is removed exactly
 *   when that list is empty and no running job's task refers to it.
 * - The bytes a key holds (--max-storage-per-key) live in Redis beside the records and change in
 *   the same script as they do, so the count survives restarts and parallel uploads cannot both
 *   slip under the limit.
 */
import { type BlobStore, sha256Of } from './blobstore.js';
import { NotFoundError, StorageQuotaError } from './errors.js';
import type { Jobs } from './jobs.js';
import { KeyedLocks } from './locks.js';
import type { ImageRecord, InputRecord, SessionRecord } from './records.js';
import { K, sessionBlobs, type Store } from './store.js';

export const imageRef = (id: string) => `image:${id}`;
export const inputRef = (id: string) => `input:${id}`;
const blobLock = (sha: string) => `blob:${sha}`;

// KEYS: image record, its holders, the caller's storage, references of the blob kept, of the blob replaced.
// ARGV: caller, bytes charged, limit (0: none), record to write ('': keep the one there), reference.
// A caller that holds the image already is not charged again. The used bytes when refused, else -1.
const HOLD_IMAGE = `
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 0 then
  local bytes = tonumber(ARGV[2])
  local limit = tonumber(ARGV[3])
  local used = tonumber(redis.call('GET', KEYS[3]) or '0')
  if limit > 0 and used + bytes > limit then return used end
  redis.call('HSET', KEYS[2], ARGV[1], bytes)
  redis.call('INCRBY', KEYS[3], bytes)
end
if ARGV[4] ~= '' then
  redis.call('SET', KEYS[1], ARGV[4])
  redis.call('SREM', KEYS[5], ARGV[5])
  redis.call('SADD', KEYS[4], ARGV[5])
end
return -1
`;

// KEYS: image record, its holders, the caller's storage, references of its blob. ARGV: caller, reference.
// -1: the caller holds no reference; 1: other keys still hold it; 0: that was the last (the record is gone).
const DROP_IMAGE = `
local bytes = redis.call('HGET', KEYS[2], ARGV[1])
if not bytes then return -1 end
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('DECRBY', KEYS[3], bytes)
if redis.call('HLEN', KEYS[2]) > 0 then return 1 end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[4], ARGV[2])
return 0
`;

// KEYS: input record, the owner's storage, references of the new blob, of the old one (or the new).
// ARGV: record, bytes more (negative when smaller), limit (0: none), reference. The used bytes when refused, else -1.
const HOLD_INPUT = `
local more = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local used = tonumber(redis.call('GET', KEYS[2]) or '0')
if limit > 0 and more > 0 and used + more > limit then return used end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('INCRBY', KEYS[2], more)
redis.call('SREM', KEYS[4], ARGV[4])
redis.call('SADD', KEYS[3], ARGV[4])
return -1
`;

// KEYS: input record, the owner's storage, references of its blob. ARGV: bytes, reference.
const DROP_INPUT = `
redis.call('DEL', KEYS[1])
redis.call('DECRBY', KEYS[2], ARGV[1])
redis.call('SREM', KEYS[3], ARGV[2])
return 0
`;

export class Holdings {
  // Record locks (image:, input:) are taken before blob locks, never the other way round.
  private readonly locks = new KeyedLocks();

  constructor(
    private readonly store: Store,
    private readonly blobs: BlobStore,
    private readonly jobs: Jobs,
    /** --max-storage-per-key (0: none). */
    readonly limit: number,
  ) {}

  private get redis() {
    return this.store.redis;
  }

  /** Bytes of images and inputs `owner` holds. */
  usage(owner: string): Promise<number> {
    return this.store.storageUsage(owner);
  }

  /** `owner` uploaded image `id` itself, and its guest is in place. */
  async holdsImage(owner: string, id: string): Promise<boolean> {
    const img = await this.store.getImage(id);
    return img !== undefined && this.blobs.has(img.sha256) && (await this.redis.hexists(K.imageOwners(id), owner)) === 1;
  }

  /** Refuses before a guest is checked (seconds of work) when holding it would pass the caller's quota. */
  async roomForImage(owner: string, id: string, bytes: number): Promise<void> {
    if (this.limit === 0 || (await this.redis.hexists(K.imageOwners(id), owner)) === 1) return;
    await this.room(owner, (await this.store.getImage(id))?.bytes ?? bytes);
  }

  private async room(owner: string, more: number): Promise<void> {
    if (this.limit === 0 || more <= 0) return;
    const used = await this.usage(owner);
    if (used + more > this.limit) throw new StorageQuotaError(used, more, this.limit);
  }

  private async hold(script: string, keys: string[], args: (string | number)[], more: number): Promise<void> {
    const used = Number(await this.redis.eval(script, keys.length, ...keys, ...args));
    if (used >= 0) throw new StorageQuotaError(used, more, this.limit);
  }

  /**
   * Gives `owner` its own reference to image `rec.imageId`, whose checked guest is `r0bf`. The
   * stored guest is kept (the same id is the same program) unless its blob was lost; then this
   * upload replaces it.
   */
  async holdImage(owner: string, rec: Omit<ImageRecord, 'sha256' | 'owner'>, r0bf: Buffer): Promise<void> {
    const id = rec.imageId;
    const keys = (kept: string, replaced: string) => [K.image(id), K.imageOwners(id), K.storage(owner), K.blobRefs(kept), K.blobRefs(replaced)];
    await this.locks.with(imageRef(id), async () => {
      const have = await this.store.getImage(id);
      // The record's own reference keeps its blob in place: nothing to store.
      if (have && this.blobs.has(have.sha256)) {
        return this.hold(HOLD_IMAGE, keys(have.sha256, have.sha256), [owner, have.bytes, this.limit, '', imageRef(id)], have.bytes);
      }
      const sha = sha256Of(r0bf);
      // Holders are charged what the first upload weighed; a replacement keeps that.
      const fresh: ImageRecord = { ...rec, bytes: have?.bytes ?? rec.bytes, sha256: sha };
      await this.locks.with(blobLock(sha), async () => {
        await this.blobs.put(r0bf);
        try {
          await this.hold(HOLD_IMAGE, keys(sha, have?.sha256 ?? sha), [owner, fresh.bytes, this.limit, JSON.stringify(fresh), imageRef(id)], fresh.bytes);
        } catch (e) {
          await this.releaseHeld(sha);
          throw e;
        }
      });
      if (have && have.sha256 !== sha) await this.release(have.sha256);
    });
  }

  /** Drops `owner`'s reference to image `id`; with the last reference the record and (if unneeded) its guest go. */
  async dropImage(owner: string, id: string): Promise<void> {
    await this.locks.with(imageRef(id), async () => {
      const have = await this.store.getImage(id);
      const left = have ? Number(await this.redis.eval(DROP_IMAGE, 4, K.image(id), K.imageOwners(id), K.storage(owner), K.blobRefs(have.sha256), owner, imageRef(id))) : -1;
      if (left < 0) throw new NotFoundError('image you uploaded', id);
      if (left === 0) await this.release(have!.sha256);
    });
  }

  /** Writes the bytes of `owner`'s input `id`; a second PUT replaces them (sessions keep what they were created with). */
  async putInput(owner: string, id: string, body: Buffer): Promise<void> {
    await this.locks.with(inputRef(id), async () => {
      const rec = await this.store.getInput(id);
      if (!rec || rec.owner !== owner) throw new NotFoundError('input upload', id);
      const more = body.length - (rec.bytes ?? 0);
      await this.room(owner, more);
      const sha = sha256Of(body);
      const next: InputRecord = { ...rec, sha256: sha, bytes: body.length };
      await this.locks.with(blobLock(sha), async () => {
        await this.blobs.put(body);
        try {
          await this.hold(HOLD_INPUT, [K.input(id), K.storage(owner), K.blobRefs(sha), K.blobRefs(rec.sha256 ?? sha)], [JSON.stringify(next), more, this.limit, inputRef(id)], more);
        } catch (e) {
          await this.releaseHeld(sha);
          throw e;
        }
      });
      if (rec.sha256 && rec.sha256 !== sha) await this.release(rec.sha256);
    });
  }

  /** Deletes `owner`'s input `id`, freeing its bytes; its blob goes unless a running session or another record needs it. */
  async dropInput(owner: string, id: string): Promise<void> {
    await this.locks.with(inputRef(id), async () => {
      const rec = await this.store.getInput(id);
      if (!rec || rec.owner !== owner) throw new NotFoundError('input', id);
      if (!rec.sha256) {
        await this.redis.del(K.input(id));
        return;
      }
      await this.redis.eval(DROP_INPUT, 3, K.input(id), K.storage(owner), K.blobRefs(rec.sha256), rec.bytes ?? 0, inputRef(id));
      await this.release(rec.sha256);
    });
  }

  /**
   * Runs `admit` (the session write, which lists the session among its blobs' references) while no
   * delete can remove those blobs, once they are known to be there.
   */
  async admit(s: SessionRecord, admit: () => Promise<void>): Promise<void> {
    const shas = sessionBlobs(s);
    await this.locks.withAll(shas.map(blobLock), async () => {
      for (const sha of shas) {
        if (!this.blobs.has(sha)) throw sha === s.imageSha ? new NotFoundError('image', s.imageId) : new NotFoundError('input', s.inputId);
      }
      await admit();
    });
  }

  /** A session ended (its terminal write dropped its references): its guest and input go unless needed elsewhere. */
  async sessionEnded(s: SessionRecord): Promise<void> {
    for (const sha of sessionBlobs(s)) await this.release(sha);
  }

  /** Removes the blob unless a record, a running session or a running job (but `exceptJob`) needs it. */
  release(sha: string, exceptJob?: string): Promise<boolean> {
    return this.locks.with(blobLock(sha), () => this.releaseHeld(sha, exceptJob));
  }

  private async releaseHeld(sha: string, exceptJob?: string): Promise<boolean> {
    if ((await this.redis.scard(K.blobRefs(sha))) > 0 || this.jobs.stillNeeded(sha, exceptJob)) return false;
    await this.blobs.remove(sha);
    return true;
  }
}
