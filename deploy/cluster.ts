/**
 * A whole Wholesum network on this machine, as real processes: one `wholesum-coordinator`
 * (embedded Redis, libp2p, HTTP API) and N `wholesum-worker`s splitting the cores between them.
 * Used by `npm run cluster`, `npm run demo`, the bench and the namespace runs.
 *
 * Workers share one calibration per thread count, cached in ~/.cache/wholesum/calibration-<t>t: it
 * depends only on this machine, the prover version and the thread count.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { availableParallelism, homedir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { ApiClient } from '../coordinator/api/client.js';
import { loadOrCalibrate } from '../worker/calibration.js';

export interface ClusterOptions {
  dataDir: string;
  workers: number;
  /** Prover threads per worker (default: the cores split evenly, at least 1). */
  threads?: number;
  /** Memory budget per worker in bytes (default: 80 % of RAM split evenly). */
  memoryBytes?: number;
  /** libp2p listen address of the coordinator (a netns run puts it on the bridge's address). */
  listen?: string;
  coordinatorArgs?: string[];
  workerArgs?: (i: number) => string[];
  /** The address worker i dials (default: the coordinator's), e.g. through a relay. */
  workerAddress?: (i: number, coordinator: string) => string;
  /** Command prefix per worker, e.g. ['ip', 'netns', 'exec', 'ws-w0'] to run it in a namespace. */
  wrap?: (i: number) => string[];
  log?: (line: string) => void;
}

export interface Cluster {
  url: string;
  apiKey: string;
  api: ApiClient;
  /** The address workers dial. */
  multiaddr: string;
  threads: number;
  /** Path of the calibration file the workers share. */
  calibration: string;
  /** Seconds this start spent measuring the machine; 0 when a calibration for this prover and thread count was cached. */
  calibrationSeconds: number;
  stop(): Promise<void>;
}

export function calibrationDir(threads: number): string {
  return join(homedir(), '.cache', 'wholesum', `calibration-${threads}t`);
}

/** Calibrates once per thread count: the calibration file, and the seconds this call spent measuring (0: cached). */
export async function sharedCalibration(threads: number, log: (l: string) => void = () => {}): Promise<{ file: string; seconds: number }> {
  const dir = calibrationDir(threads);
  mkdirSync(dir, { recursive: true });
  const before = Date.now();
  const cal = await loadOrCalibrate({ dataDir: dir, threads, po2s: [14, 16], nice: 0 }, log);
  return { file: join(dir, 'calibration.json'), seconds: Date.parse(cal.measuredAt) >= before ? (Date.now() - before) / 1000 : 0 };
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export async function startCluster(o: ClusterOptions): Promise<Cluster> {
  const log = o.log ?? (() => {});
  mkdirSync(o.dataDir, { recursive: true });
  const threads = o.threads ?? Math.max(1, Math.floor(availableParallelism() / o.workers));
  const memory = o.memoryBytes ?? Math.floor((totalmem() * 0.8) / o.workers);
  const { file: calibration, seconds: calibrationSeconds } = await sharedCalibration(threads, (m) => log(`calibration: ${m}`));
  const children: ChildProcess[] = [];

  const start = (name: string, cmd: string[], onLine?: (l: string) => void, env: NodeJS.ProcessEnv = {}): ChildProcess => {
    const p = spawn(cmd[0]!, cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], cwd: repoRoot, env: { ...process.env, ...env } });
    children.push(p);
    createInterface({ input: p.stdout! }).on('line', (l) => onLine?.(l));
    p.stderr!.pipe(createWriteStream(join(o.dataDir, `${name}.log`), { flags: 'a' }));
    return p;
  };

  const stop = async (): Promise<void> => {
    // Workers first (they drain), the coordinator last (it stops its Redis).
    for (const p of [...children].reverse()) {
      if (p.exitCode !== null || p.signalCode !== null) continue;
      p.kill('SIGTERM');
      await new Promise((r) => {
        const t = setTimeout(() => {
          p.kill('SIGKILL');
          r(undefined);
        }, 10_000);
        p.once('exit', () => {
          clearTimeout(t);
          r(undefined);
        });
      });
    }
  };

  try {
    const coordDir = join(o.dataDir, 'coordinator');
    // Our own key, handed over in the environment (not argv, which `ps` shows): the coordinator
    // keeps only its hash, and nothing under the data dir holds it in the clear.
    const apiKey = `ws_${randomBytes(24).toString('hex')}`;
    const ready = new Promise<{ url: string; multiaddr: string }>((resolve, reject) => {
      let url = '';
      const p = start(
        'coordinator',
        [
          process.execPath,
          'bin/wholesum-coordinator.js',
          '--data-dir',
          coordDir,
          '--http-port',
          '0',
          '--listen',
          o.listen ?? '/ip4/127.0.0.1/tcp/0',
          '--pool-wait-ms',
          '60000',
          // Every worker here is this machine's own and new: all of them may start at once.
          '--max-new-peers-per-ip',
          String(Math.max(4, o.workers)),
          ...(o.coordinatorArgs ?? []),
        ],
        (l) => {
          if (l.startsWith('API: ')) url = l.slice(5).trim();
          if (l.startsWith('workers: ')) resolve({ url, multiaddr: l.split('--coordinator ')[1]!.trim() });
        },
        { WHOLESUM_API_KEYS: apiKey },
      );
      // The reason is in its log: say it here, not only in a file the user has to find.
      p.once('exit', (code) => reject(new Error(`the coordinator exited with ${code} before it was ready: ${lastLogLine(`${coordDir}.log`)} (full log: ${coordDir}.log)`)));
    });
    const { url, multiaddr } = await ready;
    log(`coordinator: ${url} (logs in ${o.dataDir})`);
    for (let i = 0; i < o.workers; i++) {
      const dir = join(o.dataDir, `worker-${i}`);
      mkdirSync(dir, { recursive: true });
      copyFileSync(calibration, join(dir, 'calibration.json'));
      const args = [
        'bin/wholesum-worker.js',
        '--coordinator',
        o.workerAddress?.(i, multiaddr) ?? multiaddr,
        '--data-dir',
        dir,
        '--threads',
        String(threads),
        '--max-memory',
        String(memory),
        '--nice',
        '0',
        '--log',
        'json',
        ...(o.workerArgs?.(i) ?? []),
      ];
      start(`worker-${i}`, [...(o.wrap?.(i) ?? []), process.execPath, ...args]);
    }
    log(`${o.workers} worker(s), ${threads} thread(s) and ${(memory / 2 ** 30).toFixed(1)} GiB each`);
    const api = new ApiClient(url, apiKey);
    return { url, apiKey, api, multiaddr, threads, calibration, calibrationSeconds, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** The last log line's message (JSON logs: its `msg` and `error`), for an error a user reads first. */
function lastLogLine(file: string): string {
  let line = '';
  try {
    line = readFileSync(file, 'utf8').trim().split('\n').pop() ?? '';
    const j = JSON.parse(line) as { msg?: string; error?: string };
    return [j.msg, j.error].filter(Boolean).join(': ') || line;
  } catch {
    return line.slice(0, 500) || 'no log output';
  }
}

/** Resolves once `n` workers are live in the coordinator's pool. */
export async function waitForWorkers(api: ApiClient, n: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await api.workers()).filter((w) => w.live).length < n) {
    if (Date.now() > deadline) throw new Error(`only some of the ${n} workers joined within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
