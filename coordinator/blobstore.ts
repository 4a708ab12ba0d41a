/**
 * Content-addressed blobs on disk (guests, inputs, segments, receipts): a blob's name is its
 * sha256. A blob is durable before `put` returns: written to a temporary name, fsynced, renamed,
 * and its directory fsynced, since Redis (which fsyncs every second) may point at it at once and a
 * host crash must not leave a record naming a blob that is gone or half written. `check` reads a
 * blob back against its name, for when someone says it is corrupt.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const sha256Of = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

const SHA = /^[0-9a-f]{64}$/;

export type BlobState = 'ok' | 'missing' | 'corrupt';

async function fsyncPath(path: string, flags: string): Promise<void> {
  const fh = await open(path, flags);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

export class BlobStore {
  constructor(readonly root: string) {}

  path(sha: string): string {
    // Names come from the network too: only well-formed digests become paths.
    if (!SHA.test(sha)) throw new Error(`not a sha256: ${sha.slice(0, 80)}`);
    return join(this.root, sha.slice(0, 2), sha);
  }

  async put(data: Uint8Array): Promise<string> {
    const sha = sha256Of(data);
    const path = this.path(sha);
    if (existsSync(path)) return sha;
    const dir = join(this.root, sha.slice(0, 2));
    await mkdir(dir, { recursive: true });
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    const fh = await open(tmp, 'w');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, path);
    await fsyncPath(dir, 'r');
    return sha;
  }

  has(sha: string): boolean {
    return SHA.test(sha) && existsSync(this.path(sha));
  }

  async get(sha: string): Promise<Buffer | undefined> {
    if (!SHA.test(sha)) return undefined;
    try {
      return await readFile(this.path(sha));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  /** Size of a blob on disk, or undefined when it is not there. */
  async size(sha: string): Promise<number | undefined> {
    if (!SHA.test(sha)) return undefined;
    try {
      return (await stat(this.path(sha))).size;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
  }

  /** Reads the blob back and hashes it as a stream (a segment is megabytes: never whole in memory). */
  async check(sha: string): Promise<BlobState> {
    if (!this.has(sha)) return 'missing';
    const hash = createHash('sha256');
    try {
      for await (const chunk of createReadStream(this.path(sha))) hash.update(chunk as Buffer);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
      throw e;
    }
    return hash.digest('hex') === sha ? 'ok' : 'corrupt';
  }

  async remove(sha: string): Promise<void> {
    if (SHA.test(sha)) await rm(this.path(sha), { force: true });
  }
}
