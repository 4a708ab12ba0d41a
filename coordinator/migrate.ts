/**
 * Once, at the first start on a Redis written before per-key holdings existed: image records name
 * one owner, nothing lists who needs a blob, and no key's stored bytes are counted. Builds all
 * three from the records (holdings.ts keeps them in step from then on), before the API answers
 * and before any session runs.
 */
import type { Logger } from '../common/index.js';
import { imageRef, inputRef } from './holdings.js';
import type { ImageRecord, InputRecord, SessionRecord } from './records.js';
import { K, receiptRef, sessionRef, type Store } from './store.js';

const VERSION = '1';

export async function migrateHoldings(store: Store, log: Logger): Promise<void> {
  const r = store.redis;
  if ((await r.get(K.holdingsVersion)) === VERSION) return;
  const bytes = new Map<string, number>();
  const charge = (owner: string, n: number) => bytes.set(owner, (bytes.get(owner) ?? 0) + n);
  const read = async <T>(key: string): Promise<T | undefined> => {
    const s = await r.get(key);
    return s ? (JSON.parse(s) as T) : undefined;
  };

  let images = 0;
  for (const key of await store.scanKeys(K.image('*'))) {
    const img = await read<ImageRecord>(key);
    if (!img) continue;
    images++;
    const owners = K.imageOwners(img.imageId);
    if (img.owner && (await r.hlen(owners)) === 0) await r.hset(owners, img.owner, img.bytes);
    for (const [owner, n] of Object.entries(await r.hgetall(owners))) charge(owner, Number(n));
    await r.sadd(K.blobRefs(img.sha256), imageRef(img.imageId));
  }
  let inputs = 0;
  for (const key of await store.scanKeys(K.input('*'))) {
    const rec = await read<InputRecord>(key);
    if (!rec?.sha256) continue;
    inputs++;
    charge(rec.owner, rec.bytes ?? 0);
    await r.sadd(K.blobRefs(rec.sha256), inputRef(rec.id));
  }
  let sessions = 0;
  for (const id of await r.zrange(K.sessions, 0, -1)) {
    const s = await read<SessionRecord>(K.session(id));
    if (!s) continue;
    if (s.receiptSha) await r.sadd(K.blobRefs(s.receiptSha), receiptRef(id));
    if (s.kind !== 'prove' || s.status !== 'RUNNING') continue;
    sessions++;
    // A running session names its blobs from now on, so that a delete cannot take them from it.
    s.imageSha ??= (await store.getImage(s.imageId))?.sha256;
    s.inputSha ??= (await store.getInput(s.inputId))?.sha256;
    await r.set(K.session(id), JSON.stringify(s));
    for (const sha of [s.imageSha, s.inputSha]) if (sha) await r.sadd(K.blobRefs(sha), sessionRef(id));
  }
  const m = r.multi();
  for (const key of await store.scanKeys(K.storage('*'))) m.del(key);
  for (const [owner, n] of bytes) m.set(K.storage(owner), n);
  await m.set(K.holdingsVersion, VERSION).exec();
  log.info('built per-key holdings and blob references from earlier records', { images, inputs, runningSessions: sessions, keys: bytes.size });
}
