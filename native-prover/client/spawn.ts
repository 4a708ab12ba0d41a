import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

import { ProverError, ProverNotBuiltError } from './errors.js';

export interface RunOptions {
  /** Receives each stdout line as parsed JSON as soon as it is printed (NDJSON commands). */
  onEvent?: (event: Record<string, unknown>) => void;
  /** Receives stderr text (logs). Defaults to dropping it, keeping the last lines for errors. */
  onLog?: (line: string) => void;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** Run at lower CPU priority (worker operators ask for it). */
  nice?: number;
  /** Called with the child's pid once it runs (supervisors watch its memory). */
  onSpawn?: (pid: number) => void;
  /**
   * Run the child in its own process group, so a Ctrl-C or a service manager's stop signal reaches
   * only the caller, which then decides whether to let the child finish (a worker draining).
   */
  detached?: boolean;
}

/** After asking an aborted child to stop, wait this long before killing it outright. */
const KILL_GRACE_MS = 3000;

export interface RunResult {
  /** The last JSON object printed on stdout. */
  result: Record<string, unknown>;
  pid: number;
}

/**
 * Run a native binary that follows the wholesum-prover contract: JSON (or NDJSON) on stdout,
 * logs on stderr, exit 0 ok, 2 bad input, 1 internal, with `{"error":{code,message}}` on failure.
 */
export function runJson(bin: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  if (!existsSync(bin)) return Promise.reject(new ProverNotBuiltError(bin));
  return new Promise((resolvePromise, reject) => {
    const command = opts.nice ? 'nice' : bin;
    const argv = opts.nice ? ['-n', String(opts.nice), bin, ...args] : args;
    if (opts.signal?.aborted) {
      reject(new ProverError('aborted', `${bin} ${args[0]} was cancelled`, null));
      return;
    }
    const child = spawn(command, argv, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: opts.env ?? process.env,
      detached: opts.detached ?? false,
    });
    // On abort the promise settles only once the child has really exited, so callers never
    // clean up, or start another prover, while this one still holds its memory.
    let aborted = false;
    let killTimer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      aborted = true;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (child.pid !== undefined) opts.onSpawn?.(child.pid);
    let last: Record<string, unknown> | undefined;
    let badLine: string | undefined;
    const stderrTail: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (!line.trim()) return;
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        last = parsed;
        if (!('error' in parsed)) opts.onEvent?.(parsed);
      } catch {
        badLine ??= line;
      }
    });
    createInterface({ input: child.stderr }).on('line', (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
      opts.onLog?.(line);
    });
    child.on('error', (err) => {
      opts.signal?.removeEventListener('abort', onAbort);
      reject(new ProverError('spawn_failed', `cannot run ${bin}: ${err.message}`, null));
    });
    child.on('close', (code, signal) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (killTimer) clearTimeout(killTimer);
      if (aborted) {
        reject(new ProverError('aborted', `${bin} ${args[0]} was cancelled`, null));
        return;
      }
      const error = last && typeof last.error === 'object' ? (last.error as { code?: string; message?: string }) : undefined;
      if (code === 0 && last && !error) {
        resolvePromise({ result: last, pid: child.pid ?? -1 });
      } else if (error) {
        reject(new ProverError(error.code ?? 'unknown', error.message ?? 'no message', code));
      } else if (signal) {
        reject(new ProverError('killed', `${args[0]} was killed by ${signal}`, null));
      } else {
        const detail = badLine ?? stderrTail.slice(-3).join(' | ');
        reject(new ProverError('protocol', `${args[0]} exited ${code} without a JSON result: ${detail}`, code));
      }
    });
  });
}
