/**
 * Emulated links for the namespace runs: worker i lives in network namespace `ws-w<i>`, joined to
 * the host by a veth pair (host 10.77.<i>.1, worker 10.77.<i>.2). Bandwidth and delay come from
 * netem when the kernel has it. Where it does not (this machine's kernel answers "Specified qdisc
 * kind is unknown"), bandwidth is shaped by tbf in the kernel and the round trip is added by a
 * delaying TCP relay on the host (relay.ts) that the worker dials instead of the coordinator.
 * Needs root (ip, tc).
 */
import { execFileSync } from 'node:child_process';

export interface LinkProfile {
  name: string;
  rttMs: number;
  /** Worker → coordinator and coordinator → worker, Mbit/s (0: unshaped). */
  upMbit: number;
  downMbit: number;
}

const run = (args: string[]) => execFileSync(args[0]!, args.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
const tryRun = (args: string[]) => {
  try {
    run(args);
    return true;
  } catch {
    return false;
  }
};

export const nsName = (i: number) => `ws-w${i}`;
export const hostIp = (i: number) => `10.77.${i}.1`;
export const workerIp = (i: number) => `10.77.${i}.2`;

export class NetnsError extends Error {
  readonly code = 'netns_unavailable';
  constructor(message: string) {
    super(`${message} (namespace runs need root, iproute2 and tc)`);
    this.name = 'NetnsError';
  }
}

/** netem present in this kernel? Probed on a throwaway dummy link. */
export function hasNetem(): boolean {
  if (!tryRun(['ip', 'link', 'add', 'ws-probe', 'type', 'dummy'])) return false;
  try {
    return tryRun(['tc', 'qdisc', 'add', 'dev', 'ws-probe', 'root', 'netem', 'delay', '1ms']);
  } finally {
    tryRun(['ip', 'link', 'del', 'ws-probe']);
  }
}

function shape(dev: string, ns: string | undefined, mbit: number, delayMs: number, netem: boolean): void {
  const pre = ns ? ['ip', 'netns', 'exec', ns] : [];
  if (netem) {
    const rate = mbit > 0 ? ['rate', `${mbit}mbit`] : [];
    if (delayMs > 0 || mbit > 0) run([...pre, 'tc', 'qdisc', 'add', 'dev', dev, 'root', 'netem', 'delay', `${delayMs}ms`, ...rate, 'limit', '10000']);
  } else if (mbit > 0) {
    // Burst of ~10 ms at rate (min 16 KB), a queue of ~500 ms.
    const burst = Math.max(16_000, Math.round((mbit * 1e6) / 8 / 100));
    run([...pre, 'tc', 'qdisc', 'add', 'dev', dev, 'root', 'tbf', 'rate', `${mbit}mbit`, 'burst', String(burst), 'latency', '500ms']);
  }
}

export function teardown(n: number): void {
  for (let i = 0; i < n; i++) {
    tryRun(['ip', 'netns', 'del', nsName(i)]);
    tryRun(['ip', 'link', 'del', `ws-h${i}`]);
  }
}

/** Creates the namespaces and links; returns whether the delay is in the kernel (netem) or must be relayed. */
export function setup(n: number, p: LinkProfile): { netem: boolean } {
  if (process.getuid?.() !== 0) throw new NetnsError('not running as root');
  teardown(n);
  const netem = hasNetem();
  try {
    for (let i = 0; i < n; i++) {
      const ns = nsName(i);
      run(['ip', 'netns', 'add', ns]);
      run(['ip', 'link', 'add', `ws-h${i}`, 'type', 'veth', 'peer', 'name', `ws-n${i}`]);
      run(['ip', 'link', 'set', `ws-n${i}`, 'netns', ns]);
      run(['ip', 'addr', 'add', `${hostIp(i)}/24`, 'dev', `ws-h${i}`]);
      run(['ip', 'link', 'set', `ws-h${i}`, 'up']);
      run(['ip', 'netns', 'exec', ns, 'ip', 'addr', 'add', `${workerIp(i)}/24`, 'dev', `ws-n${i}`]);
      run(['ip', 'netns', 'exec', ns, 'ip', 'link', 'set', `ws-n${i}`, 'up']);
      run(['ip', 'netns', 'exec', ns, 'ip', 'link', 'set', 'lo', 'up']);
      run(['ip', 'netns', 'exec', ns, 'ip', 'route', 'add', 'default', 'via', hostIp(i)]);
      // Host side sends to the worker (down), the worker's side sends to the host (up).
      shape(`ws-h${i}`, undefined, p.downMbit, p.rttMs / 2, netem);
      shape(`ws-n${i}`, ns, p.upMbit, p.rttMs / 2, netem);
    }
  } catch (e) {
    teardown(n);
    throw new NetnsError(`could not set up the namespaces: ${(e as Error).message.split('\n')[0]}`);
  }
  return { netem };
}
