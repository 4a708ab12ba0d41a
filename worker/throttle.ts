/**
 * Duty-cycle throttle for the prover subprocess: it runs `duty` of each period and is stopped
 * (SIGSTOP) for the rest. For operators who share the machine, and for a straggler in the fault
 * suite. Unlike `nice`, this slows the prover even when the machine is otherwise idle. The
 * worker's own heartbeats keep going, so the coordinator sees a live but slow worker.
 */
export class Throttle {
  private timer?: NodeJS.Timeout;
  private pid?: number;

  constructor(
    private readonly duty: number,
    private readonly periodMs = 1000,
  ) {}

  start(pid: number): void {
    if (this.duty >= 1) return;
    this.stop();
    this.pid = pid;
    const run = Math.max(20, Math.round(this.duty * this.periodMs));
    const cycle = () => {
      this.signal('SIGCONT');
      this.timer = setTimeout(() => {
        this.signal('SIGSTOP');
        this.timer = setTimeout(cycle, this.periodMs - run);
        this.timer.unref();
      }, run);
      this.timer.unref();
    };
    cycle();
  }

  /** Always leaves the process running, so a stop or kill that follows is not held up. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.signal('SIGCONT');
    this.pid = undefined;
  }

  private signal(sig: NodeJS.Signals): void {
    if (this.pid === undefined) return;
    try {
      process.kill(this.pid, sig);
    } catch {
      // It has exited.
    }
  }
}
