/**
 * `npm run bench:cycles`: what a signed transfer costs in the rollup-batch guest. Executes (no
 * proving: seconds) batches of 0..16 transfers over 8 accounts at po2 18 and writes, from those
 * executions, user cycles, the padded total, segments and the marginal cost per transfer to
 * bench/results/rollup-cycles.md. The demo's default size and the README's segment counts come
 * from this table.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as inputs from '../native-prover/client/inputs.js';
import { guestElf } from '../native-prover/client/paths.js';
import * as prover from '../native-prover/client/prover.js';

const SIZES = [0, 1, 2, 4, 8, 16];
const PO2 = 18;
const ACCOUNTS = 8;

const dir = mkdtempSync(join(tmpdir(), 'wholesum-cycles-'));
const rows: string[] = [];
let base = 0;
for (const transfers of SIZES) {
  const input = join(dir, `rollup-${transfers}.bin`);
  const expected = await inputs.rollupBatch({ accounts: ACCOUNTS, transfers, seed: 1, out: input });
  const s = await prover.execute({ guest: guestElf('rollup-batch'), input, outDir: join(dir, `x-${transfers}`), po2: PO2 });
  if (s.journal !== expected.journal) throw new Error(`${transfers} transfers: the guest's journal differs from the native state transition`);
  if (transfers === 0) base = s.user_cycles;
  const per = transfers ? Math.round((s.user_cycles - base) / transfers).toLocaleString('en') : '–';
  rows.push(`| ${transfers} | ${s.user_cycles.toLocaleString('en')} | ${s.total_cycles.toLocaleString('en')} | ${s.segments} | ${per} |`);
  console.log(rows.at(-1));
}
rmSync(dir, { recursive: true, force: true });
const image = (await prover.imageId(guestElf('rollup-batch'))).image_id;
writeFileSync(
  join(import.meta.dirname, 'results', 'rollup-cycles.md'),
  `# rollup-batch: cycles per signed transfer\n\n\`npm run bench:cycles\` on ${new Date().toISOString().slice(0, 10)}: batches over ${ACCOUNTS} accounts (seed 1), executed at po2 ${PO2}, guest image \`${image.slice(0, 16)}…\`; every journal matched the native state transition. Signatures are secp256k1 ECDSA checked on RISC Zero's bigint2 accelerator.\n\n| transfers | user cycles | total (padded) | segments at po2 ${PO2} | user cycles per transfer |\n|---:|---:|---:|---:|---:|\n${rows.join('\n')}\n`,
);
console.log('wrote bench/results/rollup-cycles.md');
