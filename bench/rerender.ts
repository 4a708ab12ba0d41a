/**
 * `npm run bench:report -- <report.json>…`: writes a bench report's Markdown and plots again from its
 * JSON (every task's measured times are in it), e.g. after the report gained a column. Nothing is
 * measured again and nothing typed in: the figures are the recorded run's.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { type BenchReport, writeReport } from './report.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run bench:report -- bench/results/bench-<mode>-<machine>.json …');
  process.exit(2);
}
for (const f of files) {
  const r = JSON.parse(readFileSync(f, 'utf8')) as BenchReport;
  const { paths } = writeReport(r, dirname(f));
  console.error(`[bench] ${f}: wrote ${paths.join(', ')}`);
}
