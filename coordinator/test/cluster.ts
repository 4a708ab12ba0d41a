/**
 * Test helpers that run the real thing as separate processes: a `wholesum-coordinator` (embedded
 * Redis, libp2p, HTTP) and `wholesum-worker`s sharing one cached calibration.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { sharedCalibration as sharedClusterCalibration } from '../../deploy/cluster.js';

export type LogLine = Record<string, unknown>;

export interface Proc {
  proc: ChildProcess;
  logs: LogLine[];
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const live: ChildProcess[] = [];

function track(proc: ChildProcess, onStdout?: (line: string) => void): Proc {
  live.push(proc);
  const logs: LogLine[] = [];
  createInterface({ input: proc.stderr! }).on('line', (l) => {
    try {
      logs.push(JSON.parse(l) as LogLine);
    } catch {
      logs.push({ raw: l });
    }
    if (process.env.WHOLESUM_TEST_VERBOSE) process.stderr.write(`  | ${l}\n`);
  });
  if (proc.stdout) createInterface({ input: proc.stdout }).on('line', (l) => onStdout?.(l));
  const exited = new Promise<number | null>((r) => proc.on('exit', (code) => r(code)));
  return {
    proc,
    logs,
    exited,
    kill: async (signal = 'SIGKILL') => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}

/** Stop whatever a test left running: SIGTERM first (a coordinator then stops its Redis), then SIGKILL. */
export async function killAll(): Promise<void> {
  const running = live.filter((p) => p.exitCode === null && p.signalCode === null);
  for (const p of running) p.kill('SIGTERM');
  await Promise.all(
    running.map(
      (p) =>
        new Promise<void>((resolve) => {
          const t = setTimeout(() => {
            p.kill('SIGKILL');
            resolve();
          }, 8000);
          p.once('exit', () => {
            clearTimeout(t);
            resolve();
          });
        }),
    ),
  );
}

export { freePort } from '../redis.js';

export interface CoordinatorProc extends Proc {
  url: string;
  multiaddr: string;
  /** Every line it printed on stdout (the first start's API key among them). */
  stdout: string[];
}

export async function startCoordinator(dataDir: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CoordinatorProc> {
  let resolveUrl!: (v: { url: string; multiaddr: string }) => void;
  const ready = new Promise<{ url: string; multiaddr: string }>((r) => (resolveUrl = r));
  let url = '';
  const stdout: string[] = [];
  const proc = spawn(process.execPath, ['bin/wholesum-coordinator.js', '--data-dir', dataDir, '--http-port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const p = track(proc, (line) => {
    stdout.push(line);
    if (line.startsWith('API: ')) url = line.slice(5).trim();
    if (line.startsWith('workers: ')) resolveUrl({ url, multiaddr: line.split('--coordinator ')[1]!.trim() });
  });
  const r = await Promise.race([
    ready,
    p.exited.then((code) => {
      throw new Error(`coordinator exited with ${code} before it was ready: ${JSON.stringify(p.logs.slice(-5))}`);
    }),
  ]);
  return { ...p, ...r, stdout };
}

/**
 * One calibration per thread count for all test workers (cached across runs; redone when the
 * prover changes). A worker whose --threads differs from its calibration's calibrates again.
 */
export async function sharedCalibration(threads = 2): Promise<string> {
  // The demo's and the bench's calibration cache: one measurement per thread count for all of them.
  return (await sharedClusterCalibration(threads)).file;
}

export function startWorker(dataDir: string, coordinator: string, calibration: string, extra: string[] = []): Proc {
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(calibration, join(dataDir, 'calibration.json'));
  const proc = spawn(
    process.execPath,
    ['bin/wholesum-worker.js', '--coordinator', coordinator, '--data-dir', dataDir, '--max-memory', '2G', '--threads', '2', '--log', 'json', '--nice', '0', ...extra],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return track(proc);
}

export async function until<T>(what: string, f: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 600_000, everyMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
