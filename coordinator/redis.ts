/**
 * The coordinator's Redis: the one in REDIS_URL, or — the embedded default — a private
 * `redis-server` with AOF on, under the data dir, on a free loopback port, stopped on exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { Redis } from 'ioredis';

import type { Logger } from '../common/index.js';

export class RedisUnavailableError extends Error {
  readonly code = 'redis_unavailable';
  constructor(message: string) {
    super(message);
    this.name = 'RedisUnavailableError';
  }
}

export interface RedisHandle {
  url: string;
  /** For BullMQ (which needs maxRetriesPerRequest: null). */
  connection: () => Redis;
  stop(): Promise<void>;
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPing(url: string, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child && child.exitCode !== null) throw new RedisUnavailableError(`redis-server exited with code ${child.exitCode}`);
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    try {
      await probe.connect();
      await probe.ping();
      probe.disconnect();
      return;
    } catch (e) {
      probe.disconnect();
      if (Date.now() > deadline) throw new RedisUnavailableError(`Redis at ${url} does not answer: ${(e as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A coordinator killed outright leaves its redis-server running on the same AOF. Two servers on
 * one AOF would corrupt it, so the orphan is stopped (SIGTERM: it flushes first) before a new one.
 */
async function stopOrphan(pidFile: string, log: Logger): Promise<void> {
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
  if (!pid || !alive(pid)) return;
  const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!cmd.includes('redis-server')) return;
  log.warn('stopping the embedded redis-server a previous run left behind', { pid });
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 10_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  await rm(pidFile, { force: true });
}

export async function startRedis(o: { redisUrl: string; dataDir: string }, log: Logger): Promise<RedisHandle> {
  const clients: Redis[] = [];
  const connection = (url: string) => () => {
    const c = new Redis(url, { maxRetriesPerRequest: null });
    c.on('error', (e) => log.warn('redis connection error', { error: e.message }));
    clients.push(c);
    return c;
  };
  const closeClients = async () => {
    await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
  };

  if (o.redisUrl) {
    await waitForPing(o.redisUrl);
    return { url: o.redisUrl, connection: connection(o.redisUrl), stop: closeClients };
  }

  const dir = join(o.dataDir, 'redis');
  await mkdir(dir, { recursive: true });
  const pidFile = join(dir, 'redis-server.pid');
  await stopOrphan(pidFile, log);
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', '', '--daemonize', 'no'];
  let child: ChildProcess;
  try {
    child = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    throw new RedisUnavailableError(`cannot start redis-server (${(e as Error).message}); install it (apt install redis-server) or set REDIS_URL`);
  }
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (e) => reject(new RedisUnavailableError(`cannot start redis-server (${e.message}); install it (apt install redis-server) or set REDIS_URL`)));
  });
  await writeFile(pidFile, String(child.pid));
  const url = `redis://127.0.0.1:${port}`;
  await waitForPing(url, child);
  log.info('embedded redis-server started', { url, dir, pid: child.pid });
  return {
    url,
    connection: connection(url),
    stop: async () => {
      await closeClients();
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      // SIGTERM makes redis flush the AOF before it exits.
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(pidFile, { force: true });
    },
  };
}
