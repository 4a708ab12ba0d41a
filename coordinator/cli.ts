/**
 * `wholesum-coordinator`: start the coordinator and print where clients and workers reach it.
 * SIGINT/SIGTERM stop it cleanly (jobs resume from Redis at the next start).
 */
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { prover } from '../native-prover/client/index.js';
import { startCoordinator } from './coordinator.js';
import { createLogger } from '../common/index.js';
import { type CoordinatorOptions, helpText, loadOptions, OptionsError } from './options.js';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${helpText()}\n`);
    return 0;
  }
  let opts: CoordinatorOptions;
  try {
    opts = loadOptions(argv);
  } catch (e) {
    process.stderr.write(`wholesum-coordinator: ${(e as Error).message}\n${helpText()}\n`);
    return 2;
  }
  const log = createLogger('coordinator', opts.log);
  // One stray promise must not take every job down with it: log it loudly and keep serving.
  process.on('unhandledRejection', (e) => log.error('unhandled rejection', { error: (e as Error)?.stack ?? String(e) }));
  // Fail early and clearly when the native prover is missing, not at the first upload.
  const v = await prover.version();
  log.info('native prover', v);
  // For workers started by a supervisor (compose, scripts) that cannot read our stdout. A file left
  // by an earlier run may name an address that is gone: remove it before anyone can read it again.
  const addressFile = opts.addressFile || join(opts.dataDir, 'worker-address');
  await rm(addressFile, { force: true });
  const c = await startCoordinator(opts, log);
  const workerAddr = c.multiaddrs.find((m) => !m.includes('/ip4/127.')) ?? c.multiaddrs[0];
  await writeFile(addressFile, `${workerAddr}\n`);
  process.stdout.write(`API: ${c.url}\nworkers: wholesum-worker --coordinator ${workerAddr}\n`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (sig: string) => {
      if (stopping) process.exit(130);
      stopping = true;
      log.info('stopping', { signal: sig });
      c.stop().then(resolve, resolve);
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: Error) => {
    process.stderr.write(`wholesum-coordinator: ${e instanceof OptionsError ? e.message : e.stack}\n`);
    process.exit(1);
  },
);
