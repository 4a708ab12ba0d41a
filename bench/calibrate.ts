/**
 * `npm run bench:calibrate`: the per-po2 cost table of this machine, measured side by side in one run —
 * prove seconds and peak RSS per po2 (`wholesum-prover calibrate --lift`), lift and join seconds —
 * printed as Markdown and written to bench/results/calibration-<host>.{md,json}.
 *
 *   npm run bench:calibrate [-- --po2 14,16,17,18] [--no-join]      (env: WHOLESUM_BENCH_PO2, WHOLESUM_BENCH_JOIN=0)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, hostname, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import * as inputs from '../native-prover/client/inputs.js';
import { guestElf, isBuilt } from '../native-prover/client/paths.js';
import * as prover from '../native-prover/client/prover.js';
import type { CalibrationOutput, SegmentEvent } from '../native-prover/client/types.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const { values } = parseArgs({ options: { po2: { type: 'string' }, 'no-join': { type: 'boolean' } } });
const po2s = (values.po2 ?? process.env.WHOLESUM_BENCH_PO2 ?? '14,16,17,18').split(',').map(Number);
const withJoin = !(values['no-join'] ?? process.env.WHOLESUM_BENCH_JOIN === '0');

if (!isBuilt()) {
  console.error('native binaries missing: run `npm run setup` first');
  process.exit(1);
}

const gb = (b: number) => (b / 1e9).toFixed(2);
const rows: CalibrationOutput[] = [];
for (const po2 of po2s) {
  const r = await prover.calibrate({ po2, lift: true });
  rows.push(r);
  console.error(`po2 ${po2}: prove ${r.prove_seconds.toFixed(1)} s, lift ${r.lift_seconds?.toFixed(1)} s, peak ${gb(r.peak_rss_bytes)} GB`);
}

/** Join cost: two adjacent lifted receipts of a real guest, joined once. */
let join_seconds: number | undefined;
if (withJoin) {
  const dir = mkdtempSync(join(tmpdir(), 'wholesum-bench-'));
  const input = join(dir, 'in.bin');
  await inputs.shaChain(100, input);
  const segs: SegmentEvent[] = [];
  await prover.execute({ guest: guestElf('sha-chain'), input, outDir: dir, po2: 16, onSegment: (s) => segs.push(s) });
  const lifted = [];
  for (const s of segs.slice(0, 2)) {
    lifted.push((await prover.prove({ segment: s.file, out: join(dir, `l${s.index}.bin`), lift: true })).out);
  }
  const j = await prover.join({ left: lifted[0]!, right: lifted[1]!, out: join(dir, 'j.bin') });
  join_seconds = j.join_seconds;
  console.error(`join: ${join_seconds?.toFixed(1)} s, peak ${gb(j.peak_rss_bytes ?? 0)} GB`);
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const base = rows.find((r) => r.po2 === 16) ?? rows[0]!;
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${machine} (${base.prover_version}).`,
  '',
  `| po2 | cycles | prove s | prove kHz | prove peak RSS | lift s | peak RSS (prove+lift) | prove vs po2 ${base.po2} |`,
  '|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.po2} | ${r.cycles} | ${r.prove_seconds.toFixed(1)} | ${r.khz.toFixed(2)} | ${gb(r.prove_peak_rss_bytes)} GB | ` +
      `${r.lift_seconds?.toFixed(1) ?? '–'} | ${gb(r.peak_rss_bytes)} GB | ${(r.prove_seconds / base.prove_seconds).toFixed(2)}× |`,
  ),
  '',
  join_seconds === undefined ? '' : `join (two adjacent succinct receipts): ${join_seconds.toFixed(1)} s`,
];
console.log(lines.join('\n'));
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
const stem = new URL(`./results/calibration-${process.env.WHOLESUM_BENCH_NAME ?? hostname()}`, import.meta.url).pathname;
writeFileSync(`${stem}.md`, `${lines.join('\n')}\n`);
writeFileSync(`${stem}.json`, `${JSON.stringify({ machine, rows, join_seconds }, null, 2)}\n`);
