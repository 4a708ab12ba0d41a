/**
 * `npm run cluster`: a coordinator and N workers on this machine, kept running until Ctrl-C. Prints
 * the API URL and key, so any Bonsai client (BONSAI_API_URL / BONSAI_API_KEY) or `curl` can use it.
 *
 *   npm run cluster [-- --workers N] [--threads T] [--data-dir D] [--segment-po2 P]
 * Every flag is also an environment variable: WHOLESUM_CLUSTER_WORKERS, WHOLESUM_CLUSTER_THREADS, ...
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { startCluster, waitForWorkers, type Cluster } from './cluster.js';

const defaults = { workers: '2', threads: '', 'data-dir': join(tmpdir(), 'wholesum-cluster'), 'segment-po2': '' };
type Key = keyof typeof defaults;
const { values } = parseArgs({ options: Object.fromEntries(Object.keys(defaults).map((k) => [k, { type: 'string' as const }])) });
const get = (k: Key): string => (values[k] as string | undefined) ?? process.env[`WHOLESUM_CLUSTER_${k.toUpperCase().replace('-', '_')}`] ?? defaults[k];
const log = (line: string) => console.log(`[cluster] ${line}`);

const workers = Number(get('workers'));
let cluster: Cluster | undefined;
let stopping = false;
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  void (cluster?.stop() ?? Promise.resolve()).then(() => process.exit(code));
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
try {
  cluster = await startCluster({
    dataDir: get('data-dir'),
    workers,
    threads: get('threads') ? Number(get('threads')) : undefined,
    coordinatorArgs: get('segment-po2') ? ['--segment-po2', get('segment-po2')] : [],
    log,
  });
  await waitForWorkers(cluster.api, workers);
  log(`ready: ${workers} worker(s) live`);
  console.log(`BONSAI_API_URL=${cluster.url}`);
  console.log(`BONSAI_API_KEY=${cluster.apiKey}`);
  log('Ctrl-C stops everything');
} catch (e) {
  console.error(`[cluster] failed: ${(e as Error).message}`);
  stop(1);
}
