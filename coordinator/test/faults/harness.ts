/**
 * What the fault suite needs beyond the e2e helpers: a Redis it can kill and restart on the same
 * AOF, process-tree signals (a laptop that sleeps stops its prover too), the job's log as timed
 * events, and the row each scenario adds to the table.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';

import type { ApiClient, JobDetail } from '../../api/client.js';
import { freePort, until } from '../cluster.js';

export interface Row {
  scenario: string;
  outcome: string;
  jobsLost: number;
  duplicatedProofs: number;
  /** Seconds from the fault until the work moved on again; null where that has no meaning. */
  recoverSeconds: number | null;
  notes: string;
}

/** Rows go to a JSON-lines file, so the runner can print one table for all test files. */
export function record(row: Row): void {
  const file = process.env.WHOLESUM_FAULTS_OUT;
  process.stdout.write(`# fault: ${row.scenario} → ${row.outcome}; lost ${row.jobsLost}; duplicated ${row.duplicatedProofs}; recover ${row.recoverSeconds ?? '—'} s\n`);
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}

export interface RedisProc {
  url: string;
  kill(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
}

/** A redis-server configured like the coordinator's embedded one (AOF, fsync every second). */
export async function startRedis(dir: string): Promise<RedisProc> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'everysec', '--save', ''], {
      stdio: 'ignore',
    });
    const { Redis } = await import('ioredis');
    await until(
      'redis to answer',
      async () => {
        const r = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
        r.on('error', () => undefined);
        try {
          await r.connect();
          return (await r.ping()) === 'PONG';
        } catch {
          return false;
        } finally {
          r.disconnect();
        }
      },
      20_000,
      100,
    );
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    kill: async (signal = 'SIGKILL') => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return;
      const gone = new Promise((r) => c.once('exit', r));
      c.kill(signal);
      await gone;
    },
  };
}

function children(pid: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // Field 4 (after the parenthesised name) is the parent pid.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(d), ...children(Number(d)));
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

/** Signal a process and all its descendants (the worker and its prover, in its own group). */
export function signalTree(pid: number, signal: NodeJS.Signals): void {
  for (const p of [pid, ...children(pid)]) {
    try {
      process.kill(p, signal);
    } catch {
      // Gone meanwhile.
    }
  }
}

export interface Event {
  ms: number;
  text: string;
}

export async function events(api: ApiClient, sid: string): Promise<Event[]> {
  return (await api.logs(sid))
    .split('\n')
    .filter(Boolean)
    .map((l) => ({ ms: Date.parse(l.slice(0, 24)), text: l.slice(25) }));
}

/** When a task was leased (optionally: after a moment, to a given worker). */
export function leasesOf(ev: Event[], task: string, afterMs = 0): Event[] {
  return ev.filter((e) => e.ms >= afterMs && e.text.startsWith(`${task} leased to `));
}

/** Receipts proved twice: results that arrived after another was accepted. */
export function duplicated(d: JobDetail): number {
  return d.tasks.reduce((a, t) => a + t.late_results, 0);
}

export const seconds = (fromMs: number, toMs: number | undefined): number | null => (toMs === undefined ? null : Math.round((toMs - fromMs) / 100) / 10);
