/**
 * Every worker option, its default, its CLI flag and its environment variable, in one place.
 * `wholesum-worker --help` prints this table.
 */
import { homedir, totalmem } from 'node:os';
import { join } from 'node:path';

import { helpText as tableHelp, int, OptionsError, readOptions, type Spec } from '../common/index.js';
import { MAX_PO2, MIN_PO2 } from '../protocol/index.js';

export { OptionsError };

export interface WorkerOptions {
  /** Multiaddr of the coordinator, including /p2p/<peer id>. */
  coordinator: string;
  dataDir: string;
  /** Bytes the prover may use; the largest po2 is chosen so its peak RSS stays under 80 % of this. */
  maxMemory: number;
  threads: number;
  /** 'auto' derives it from calibration; a number caps it further. */
  maxPo2: 'auto' | number;
  /** Take work only while the machine is otherwise idle. */
  idleOnly: boolean;
  /** CPU priority of the prover subprocess (0 normal .. 19 lowest). */
  nice: number;
  /** Share of wall time the prover may run (1: always); below 1 it is paused and resumed in turns. */
  cpuDuty: number;
  /** po2s proved at calibration; larger ones are extrapolated (time and RAM grow ~linearly with 2^po2). */
  calibratePo2s: number[];
  /** How long SIGINT/SIGTERM waits for a running task before handing it back. */
  drainTimeoutMs: number;
  /** 'auto': a live status line on a TTY, JSON logs otherwise. */
  log: 'auto' | 'json' | 'tty';
  /** A private pool's token (the coordinator's --worker-tokens); only a proof of it is sent. */
  token: string;
}

const GIB = 1024 ** 3;

export const SPECS: Record<keyof WorkerOptions, Spec> = {
  coordinator: { flag: 'coordinator', env: 'WHOLESUM_COORDINATOR', help: 'coordinator multiaddr (/ip4/…/tcp/…/p2p/…)', default: () => '' },
  dataDir: { flag: 'data-dir', env: 'WHOLESUM_DATA_DIR', help: 'identity, calibration cache, task files', default: () => join(homedir(), '.wholesum', 'worker') },
  maxMemory: { flag: 'max-memory', env: 'WHOLESUM_MAX_MEMORY', help: 'memory the prover may use, e.g. 6G or 1500M', default: () => `${Math.floor((totalmem() * 0.75) / 2 ** 20)}M` },
  threads: { flag: 'threads', env: 'WHOLESUM_THREADS', help: 'prover threads', default: () => '0' },
  maxPo2: { flag: 'max-po2', env: 'WHOLESUM_MAX_PO2', help: 'auto, or a cap on the segment po2', default: () => 'auto' },
  idleOnly: { flag: 'idle-only', env: 'WHOLESUM_IDLE_ONLY', help: 'take work only while the machine is idle', default: () => 'false', boolean: true },
  cpuDuty: { flag: 'cpu-duty', env: 'WHOLESUM_CPU_DUTY', help: 'share of time the prover runs, 0.05..1 (below 1 it is paused in turns, to share a machine)', default: () => '1' },
  nice: { flag: 'nice', env: 'WHOLESUM_NICE', help: 'prover CPU priority, 0..19', default: () => '10' },
  calibratePo2s: { flag: 'calibrate-po2s', env: 'WHOLESUM_CALIBRATE_PO2S', help: 'po2s measured at calibration', default: () => '14,16' },
  drainTimeoutMs: { flag: 'drain-timeout-ms', env: 'WHOLESUM_DRAIN_TIMEOUT_MS', help: 'grace period on SIGTERM', default: () => '60000' },
  log: { flag: 'log', env: 'WHOLESUM_LOG', help: 'auto | json | tty', default: () => 'auto' },
  token: { flag: 'token', env: 'WHOLESUM_TOKEN', help: 'a private pool’s worker token (prefer the environment variable: flags show in ps)', default: () => '' },
};

export function parseBytes(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?$/i.exec(text.trim());
  if (!m) throw new OptionsError(`cannot read "${text}" as a size (e.g. 6G, 1500M)`);
  const scale = { '': 1, k: 2 ** 10, m: 2 ** 20, g: GIB, t: 2 ** 40 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  return Math.floor(Number(m[1]) * scale);
}

export function helpText(): string {
  return tableHelp('wholesum-worker --coordinator <multiaddr> [options]', SPECS, 'required');
}

export function loadOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): WorkerOptions {
  const raw = readOptions(SPECS, argv, env);
  const coordinator = raw('coordinator');
  if (!coordinator) throw new OptionsError('--coordinator (or WHOLESUM_COORDINATOR) is required: the multiaddr the coordinator prints');
  const maxPo2Raw = raw('maxPo2');
  const log = raw('log');
  if (!['auto', 'json', 'tty'].includes(log)) throw new OptionsError(`--log must be auto, json or tty`);
  const cpuDuty = Number(raw('cpuDuty'));
  if (!(cpuDuty >= 0.05 && cpuDuty <= 1)) throw new OptionsError(`--cpu-duty must be a number in [0.05, 1], got "${raw('cpuDuty')}"`);
  const po2s = raw('calibratePo2s')
    .split(',')
    .map((p) => int(p, 'calibrate-po2s', MIN_PO2, MAX_PO2));
  return {
    coordinator,
    dataDir: raw('dataDir'),
    maxMemory: parseBytes(raw('maxMemory')),
    threads: int(raw('threads'), 'threads', 0, 1024),
    maxPo2: maxPo2Raw === 'auto' ? 'auto' : int(maxPo2Raw, 'max-po2', 0, MAX_PO2),
    idleOnly: ['1', 'true', 'yes'].includes(raw('idleOnly').toLowerCase()),
    nice: int(raw('nice'), 'nice', 0, 19),
    cpuDuty,
    calibratePo2s: [...new Set(po2s)].sort((a, b) => a - b),
    drainTimeoutMs: int(raw('drainTimeoutMs'), 'drain-timeout-ms', 0, 86_400_000),
    log: log as WorkerOptions['log'],
    token: raw('token'),
  };
}
