/**
 * API keys (`x-api-key`). Only their sha256 is kept: configured keys are hashed at start, generated
 * ones are stored hashed in Redis. With none configured and none stored, the first start makes one,
 * prints it once and writes it to <data dir>/api-key (mode 0600) for local tools.
 */
import { createHash, randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { UnauthorizedError } from '../errors.js';
import type { Logger } from '../../common/index.js';
import type { Store } from '../store.js';
import type { Request } from './http.js';

export const hashKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export class ApiKeys {
  private readonly configured: Set<string>;

  constructor(
    keys: string[],
    private readonly store: Store,
  ) {
    this.configured = new Set(keys.map(hashKey));
  }

  /** Makes the first key when there is none; returns it (the only time it is seen in the clear). */
  async ensureOne(dataDir: string, log: Logger): Promise<string | undefined> {
    if (this.configured.size > 0 || (await this.store.apiKeyCount()) > 0) return undefined;
    const key = `ws_${randomBytes(24).toString('hex')}`;
    await this.store.addApiKeyHash(hashKey(key));
    const file = join(dataDir, 'api-key');
    await writeFile(file, `${key}\n`, { mode: 0o600 });
    log.info('created the first API key (also written to the data dir)', { file });
    process.stdout.write(`wholesum-coordinator API key: ${key}\n`);
    return key;
  }

  /** The caller's key hash, or UnauthorizedError. */
  async check(req: Request): Promise<string> {
    const key = req.headers['x-api-key'];
    if (typeof key !== 'string' || key.length === 0 || key.length > 256) throw new UnauthorizedError();
    const h = hashKey(key);
    if (this.configured.has(h) || (await this.store.hasApiKeyHash(h))) return h;
    throw new UnauthorizedError('unknown x-api-key: use a key this coordinator printed or was configured with');
  }
}
