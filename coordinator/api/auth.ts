/**
 * API keys (`x-api-key`). Only their sha256 is kept: configured keys are hashed at start, generated
 * ones are stored hashed in Redis. With none configured and none stored, the first start makes one
 * and prints it once on stdout; it is written nowhere, so whoever starts the coordinator keeps it
 * (scripts that start one pass their own key in WHOLESUM_API_KEYS instead).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
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
  async ensureOne(log: Logger): Promise<string | undefined> {
    if (this.configured.size > 0 || (await this.store.apiKeyCount()) > 0) return undefined;
    const key = `ws_${randomBytes(24).toString('hex')}`;
    await this.store.addApiKeyHash(hashKey(key));
    // Not in the structured log, which is shipped and kept: this one line is the only copy.
    log.info('created the first API key: printed once on stdout, stored only as its sha256; keep it now (or configure your own with --api-keys)');
    process.stdout.write(`wholesum-coordinator API key (shown once, not stored): ${key}\n`);
    return key;
  }

  /** Versions before this one wrote the first key to <data dir>/api-key in the clear: say so until it is gone. */
  warnClearFile(dataDir: string, log: Logger): void {
    const file = join(dataDir, 'api-key');
    if (existsSync(file)) {
      log.warn('an earlier version wrote an API key in the clear to this file; the key still works: keep it somewhere safe, then delete the file', { file });
    }
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
