/**
 * `npm run test:faults`: the whole fault matrix, the load test and the fuzzers at full size
 * (100,000 inputs per decoder and per HTTP route), then one table: scenario → outcome → jobs lost
 * → duplicated proofs → time to recover. Written to coordinator/test/faults/RESULTS.md as well.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Row } from './harness.js';

const here = import.meta.dirname;
const files = [join(here, 'load.faults.ts'), join(here, 'matrix.faults.ts'), 'protocol/test/fuzz.test.ts', 'coordinator/test/http-fuzz.test.ts'].filter((f) => existsSync(f));
const only = process.argv.slice(2);
const chosen = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;

const out = join(tmpdir(), `wholesum-faults-${process.pid}.jsonl`);
rmSync(out, { force: true });
const started = Date.now();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...chosen], {
  stdio: 'inherit',
  env: { ...process.env, WHOLESUM_FAULTS_OUT: out, WHOLESUM_FUZZ_N: process.env.WHOLESUM_FUZZ_N ?? '100000' },
});
const rows: Row[] = existsSync(out)
  ? readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Row)
  : [];
const cell = (s: string) => s.replace(/\|/g, '\\|');
const table = [
  '| scenario | outcome | jobs lost | duplicated proofs | time to recover | notes |',
  '|---|---|---:|---:|---:|---|',
  ...rows.map((x) => `| ${cell(x.scenario)} | ${cell(x.outcome)} | ${x.jobsLost} | ${x.duplicatedProofs} | ${x.recoverSeconds === null ? '—' : `${x.recoverSeconds} s`} | ${cell(x.notes)} |`),
].join('\n');
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const status = r.status === 0 ? 'all passed' : `FAILED (exit ${r.status})`;
process.stdout.write(`\n${table}\n\n${rows.length} rows, ${status}, ${minutes} min\n`);
if (only.length === 0) {
  writeFileSync(join(here, 'RESULTS.md'), `# Fault matrix results\n\n\`npm run test:faults\` on ${new Date().toISOString().slice(0, 10)}: ${status} in ${minutes} min.\n\n${table}\n`);
}
process.exit(r.status ?? 1);
