/**
 * Runs one prover subprocess under the worker's memory cap: its RSS is sampled from /proc while it
 * runs and the process is killed the moment it goes over, so an underestimated task costs a failed
 * task, never an OOM-killed machine. Also reports the peak it saw.
 */
import { readFile } from 'node:fs/promises';

export class RssWatch {
  peakBytes = 0;
  exceeded = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly capBytes: number,
    private readonly intervalMs = 200,
  ) {}

  start(pid: number): void {
    this.stop();
    this.timer = setInterval(() => void this.sample(pid), this.intervalMs);
    this.timer.unref();
    void this.sample(pid);
  }

  private async sample(pid: number): Promise<void> {
    const rss = await rssOf(pid);
    if (rss === undefined) return;
    this.peakBytes = Math.max(this.peakBytes, rss);
    if (rss > this.capBytes && !this.exceeded) {
      this.exceeded = true;
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

/** Resident set size of a process in bytes, or undefined when it has exited. */
export async function rssOf(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
