/**
 * `npm run demo`: build what is missing, then prove a sample guest on this machine through
 * wholesum-prover (execute → prove + lift each segment → join → finalize), check the final receipt
 * with a stock RISC Zero verifier, and print the journal and the per-stage latency.
 *
 *   npm run demo [-- --guest sha-chain|rollup-batch] [--po2 N] [--n N] [--transfers T] [--work-dir D]
 * Every flag is also an environment variable: WHOLESUM_DEMO_GUEST, WHOLESUM_DEMO_PO2, ...
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { guestElf, isBuilt, nativeProverDir, type GuestName } from './paths.js';
import { proveLocally } from './pipeline.js';
import * as inputs from './inputs.js';

const defaults = { guest: 'sha-chain', po2: '16', n: '100', transfers: '1', accounts: '16', seed: '1' };
type Key = keyof typeof defaults;
const { values } = parseArgs({
  options: Object.fromEntries([...Object.keys(defaults), 'work-dir'].map((k) => [k, { type: 'string' as const }])),
});
const get = (k: Key | 'work-dir'): string | undefined =>
  (values[k] as string | undefined) ?? process.env[`WHOLESUM_DEMO_${k.toUpperCase().replace('-', '_')}`] ?? (defaults as Record<string, string>)[k];

function log(line: string): void {
  console.log(`[demo] ${line}`);
}

if (!isBuilt()) {
  log('native binaries or guests missing: running native-prover/build.sh (a cold build takes ~25 min)');
  const r = spawnSync(join(nativeProverDir, 'build.sh'), { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const guest = get('guest') as GuestName;
if (guest !== 'sha-chain' && guest !== 'rollup-batch') {
  console.error(`--guest must be sha-chain or rollup-batch, got ${guest}`);
  process.exit(2);
}
const workDir = get('work-dir') ?? (await mkdtemp(join(tmpdir(), 'wholesum-demo-')));
const input = join(workDir, 'input.bin');
const expected =
  guest === 'sha-chain'
    ? await inputs.shaChain(Number(get('n')), input)
    : await inputs.rollupBatch({
        accounts: Number(get('accounts')),
        transfers: Number(get('transfers')),
        seed: Number(get('seed')),
        out: input,
      });
log(`proving ${guest} at po2 ${get('po2')} in ${workDir}`);
const result = await proveLocally({ guest: guestElf(guest), input, po2: Number(get('po2')), workDir, log });
const journal = await inputs.verifyWithStockRiscZero(result.receipt, result.imageId);
if (journal !== expected.journal) {
  console.error(`journal ${journal} differs from the natively computed ${expected.journal}`);
  process.exit(1);
}
const s = result.seconds;
log(`image id  ${result.imageId}`);
log(`journal   ${journal} (matches the native computation)`);
log(`receipt   ${result.receipt} — verified by a stock RISC Zero verifier`);
log(
  `latency   total ${s.total.toFixed(1)} s = execute ${s.execute.toFixed(2)} + prove ${s.prove.toFixed(1)} + ` +
    `lift ${s.lift.toFixed(1)} + join ${s.join.toFixed(1)} + finalize ${s.finalize.toFixed(2)} (+ verification)`,
);
