/**
 * Content-addressed blobs on disk (guests, inputs, segments, receipts): a blob's name is its
 * sha256, written atomically, so a crash never leaves a half blob under a valid name.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const sha256Of = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

const SHA = /^[0-9a-f]{64}$/;

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
    await mkdir(join(this.root, sha.slice(0, 2)), { recursive: true });
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(tmp, data);
    await rename(tmp, path);
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

  async remove(sha: string): Promise<void> {
    if (SHA.test(sha)) await rm(this.path(sha), { force: true });
  }
}
