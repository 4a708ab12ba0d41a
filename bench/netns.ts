/**
 * `npm run bench:netns`: the cluster bench with each worker in its own network namespace behind an
 * emulated link, so latency includes a real network stack, round trips and bandwidth. One job per
 * link profile, the same job and pool each time; writes bench/results/bench-netns-<machine>.{md,json}.
 *
 *   sudo npm run bench:netns [-- --profiles lan,home,slow] [--workers 2] [--accounts 8] [--po2 16]
 * Flags are also environment variables (WHOLESUM_NETNS_PROFILES, ...). Needs root (ip, tc).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { freePort } from '../coordinator/redis.js';
import { startCluster, waitForWorkers, type Cluster } from '../deploy/cluster.js';
import { runOnCluster, type BenchJob } from './jobs.js';
import { hostIp, nsName, setup, teardown, type LinkProfile } from './netlink.js';
import { startRelay, type Relay } from './relay.js';
import { machine, writeReport, type BenchReport } from './report.js';

const PROFILES: Record<string, LinkProfile> = {
  lan: { name: 'namespaces, unshaped', rttMs: 0, upMbit: 0, downMbit: 0 },
  home: { name: '50 ms RTT, 20 Mbit/s up, 100 down', rttMs: 50, upMbit: 20, downMbit: 100 },
  slow: { name: '200 ms RTT, 5 Mbit/s up, 20 down', rttMs: 200, upMbit: 5, downMbit: 20 },
};
const defaults = { profiles: 'lan,home,slow', workers: '2', accounts: '8', po2: '16', out: join('bench', 'results') };
type Key = keyof typeof defaults;
const { values } = parseArgs({ options: Object.fromEntries(Object.keys(defaults).map((k) => [k, { type: 'string' as const }])) });
const get = (k: Key): string => (values[k] as string | undefined) ?? process.env[`WHOLESUM_NETNS_${k.toUpperCase()}`] ?? defaults[k];
const log = (l: string) => console.error(`[netns] ${l}`);

const n = Number(get('workers'));
const po2 = Number(get('po2'));
const job: BenchJob = { guest: 'rollup-batch', accounts: Number(get('accounts')), transfers: 0, seed: 1 };
const work = mkdtempSync(join(tmpdir(), 'wholesum-netns-'));
const report: BenchReport = { mode: 'netns', date: new Date().toISOString(), machine: machine(), po2, local: [], cluster: [], notes: [] };
const started = Date.now();
// What is running now, so an interrupt stops it before the namespaces go.
let cluster: Cluster | undefined;
let relays: Relay[] = [];
const interrupted = async () => {
  await cluster?.stop();
  for (const r of relays) await r.close();
  teardown(n);
  process.exit(130);
};
process.on('SIGINT', () => void interrupted());
process.on('SIGTERM', () => void interrupted());

try {
  for (const key of get('profiles').split(',')) {
    const p = PROFILES[key];
    if (!p) throw new Error(`unknown profile ${key}: ${Object.keys(PROFILES).join(', ')}`);
    const { netem } = setup(n, p);
    const how = netem ? 'netem' : `tbf (bandwidth) + a delaying relay (${p.rttMs} ms RTT): this kernel has no netem`;
    log(`${key}: ${p.name}${p.rttMs || p.upMbit || p.downMbit ? ` via ${how}` : ''}`);
    if (!report.notes!.some((x) => x.startsWith('Links:')))
      report.notes!.push(`Links: each worker in its own network namespace behind a veth pair, shaped with ${how.replace(/ \(\d+ ms RTT\)/, '')}.`);
    const port = await freePort();
    relays = [];
    try {
      if (!netem && p.rttMs > 0) for (let i = 0; i < n; i++) relays.push(await startRelay(hostIp(i), { host: '127.0.0.1', port }, p.rttMs / 2));
      cluster = await startCluster({
        dataDir: join(work, key),
        workers: n,
        listen: netem || p.rttMs === 0 ? `/ip4/0.0.0.0/tcp/${port}` : `/ip4/127.0.0.1/tcp/${port}`,
        coordinatorArgs: ['--segment-po2', String(po2)],
        // Each worker dials the coordinator through its own link (and relay, when there is one).
        workerAddress: (i, addr) => addr.replace(/\/ip4\/[^/]+\/tcp\/\d+/, `/ip4/${hostIp(i)}/tcp/${relays[i]?.port ?? port}`),
        wrap: (i) => ['ip', 'netns', 'exec', nsName(i)],
        log,
      });
      await waitForWorkers(cluster.api, n);
      const r = await runOnCluster(cluster.api, job, work, n, log);
      report.cluster.push({ job, workers: n, threads: cluster.threads, network: p.name, ...r });
      const a = r.analysis;
      log(`  ${a.latencySeconds.toFixed(1)} s, transfer ${a.work.transfer.toFixed(1)} s summed over tasks`);
    } finally {
      await cluster?.stop();
      cluster = undefined;
      for (const r of relays) await r.close();
      relays = [];
      teardown(n);
    }
  }
} finally {
  teardown(n);
}
report.benchSeconds = (Date.now() - started) / 1000;
const out = get('out');
mkdirSync(out, { recursive: true });
const files = writeReport(report, out);
process.stdout.write(files.markdown);
log(`wrote ${files.paths.join(', ')}`);
