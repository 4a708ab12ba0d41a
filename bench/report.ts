/**
 * The bench report: JSON (everything measured, for the simulator to calibrate and validate from),
 * Markdown (the ratios), and the two SVG plots.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

import { type JobAnalysis, workBound } from './analysis.js';
import type { BenchJob, LocalRun } from './jobs.js';
import { gantt, latencyVsWorkers, type Series } from './svg.js';

export interface Machine {
  label: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
}

export interface ClusterResult {
  job: BenchJob;
  workers: number;
  threads: number;
  sessionId: string;
  analysis: JobAnalysis;
  /** Set by the namespace runs: the emulated link. */
  network?: string;
}

export interface BenchReport {
  mode: string;
  date: string;
  machine: Machine;
  po2: number;
  local: (LocalRun & { job: BenchJob })[];
  /** The local prover at RISC Zero's default po2 (when the bench's po2 is another). */
  localDefault?: (LocalRun & { job: BenchJob })[];
  cluster: ClusterResult[];
  benchSeconds?: number;
  /** Printed under the title (how a run was set up). */
  notes?: string[];
}

export function machine(): Machine {
  const c = cpus();
  const memoryGiB = Math.round(totalmem() / 2 ** 30);
  return { label: `${c.length}vcpu-${memoryGiB}gib`, cpus: c.length, cpuModel: c[0]?.model.trim() ?? 'unknown', memoryGiB };
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

export function markdown(r: BenchReport): string {
  const lines = [
    `# Wholesum bench (${r.mode}) — ${r.machine.label}`,
    '',
    `${r.date.slice(0, 10)} on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB. Segment po2 ${r.po2} for every run.`,
    'The cluster is a coordinator and N workers on this machine, splitting its cores; the local prover is RISC Zero’s',
    '`LocalProver` (succinct) on the same input, po2 and cores. Every receipt was verified by a stock RISC Zero verifier.',
    '',
    ...(r.notes ?? []).flatMap((n) => [n, '']),
    '**bound** = the tightest lower bound of that very run, with the task durations measured in it: the larger of the',
    '**critical path** (every task started the moment its inputs existed) and **work ÷ slots** (no task before the',
    'first could start, then all task time spread perfectly over the workers, then finalize). **latency / bound** is',
    'what scheduling and transfers cost on top. Wholesum / local compares with the local prover at the same po2, and',
    'with it at RISC Zero’s default po2 (what a user would run instead), where that row exists.',
    '',
    '| job | segments | runner | latency s | critical path s | work ÷ slots s | bound s | latency / bound | Wholesum / local | Wholesum / local at default po2 |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  const sizes = [...new Set([...r.local, ...r.cluster].map((x) => x.job.accounts))];
  for (const size of sizes) {
    const l = r.local.find((x) => x.job.accounts === size);
    const ld = r.localDefault?.find((x) => x.job.accounts === size);
    if (l)
      lines.push(
        `| ${size} accounts | ${l.segments} | local prover (${r.machine.cpus} threads), po2 ${l.po2 ?? r.po2} | ${f1(l.seconds)} | — | — | — | — | 1.00 | ${ld ? f2(l.seconds / ld.seconds) : '—'} |`,
      );
    if (ld)
      lines.push(
        `| ${size} accounts | ${ld.segments} | local prover (${r.machine.cpus} threads), po2 ${ld.po2 ?? '?'} (RISC Zero’s default) | ${f1(ld.seconds)} | — | — | — | — | ${l ? f2(ld.seconds / l.seconds) : '—'} | 1.00 |`,
      );
    for (const c of r.cluster.filter((c) => c.job.accounts === size)) {
      const a = c.analysis;
      // Reports from before the work bound: computed from the task times they recorded (one slot per worker).
      const work = a.workBoundSeconds ?? workBound(a.tasks, c.workers, a.stages.finalize);
      const bound = Math.max(a.criticalPathSeconds, work);
      lines.push(
        `| ${size} accounts | ${a.segments} | ${c.workers} worker(s) × ${c.threads} thread(s)${c.network ? `, ${c.network}` : ''} | ${f1(a.latencySeconds)} | ${f1(a.criticalPathSeconds)} | ${f1(work)} | ${f1(bound)} | ${f2(a.latencySeconds / bound)} | ${l ? f2(a.latencySeconds / l.seconds) : '—'} | ${ld ? f2(a.latencySeconds / ld.seconds) : '—'} |`,
      );
    }
  }
  lines.push('', '## Per stage (cluster runs)', '', 'Wall-clock spans of the session (s), then summed task time by what it was spent on (s).', '');
  lines.push('| job | runner | queue | execute | prove | join | finalize | work: transfer | prove | lift | join | verify |', '|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const c of r.cluster) {
    const { stages: s, work: w } = c.analysis;
    lines.push(
      `| ${c.job.accounts} accounts | ${c.workers} × ${c.threads}t${c.network ? `, ${c.network}` : ''} | ${f1(s.queue)} | ${f1(s.execute)} | ${f1(s.prove)} | ${f1(s.join)} | ${f1(s.finalize)} | ${f1(w.transfer)} | ${f1(w.prove)} | ${f1(w.lift)} | ${f1(w.join)} | ${f1(w.verify)} |`,
    );
  }
  if (r.benchSeconds) lines.push('', `The whole bench took ${(r.benchSeconds / 60).toFixed(1)} min.`);
  return `${lines.join('\n')}\n`;
}

export function writeReport(r: BenchReport, dir: string): { markdown: string; paths: string[] } {
  const base = `bench-${r.mode}-${r.machine.label}`;
  const md = markdown(r);
  const paths = [join(dir, `${base}.md`), join(dir, `${base}.json`)];
  writeFileSync(paths[0]!, md);
  writeFileSync(paths[1]!, JSON.stringify(r, null, 1));
  // The Gantt chart of the largest job on the most workers.
  const pick = [...r.cluster].sort((a, b) => b.analysis.segments - a.analysis.segments || b.workers - a.workers)[0];
  if (pick) {
    const p = join(dir, `${base}-gantt.svg`);
    writeFileSync(p, gantt(pick.analysis, `${pick.job.accounts} accounts, ${pick.analysis.segments} segments, ${pick.workers} worker(s): tasks per worker (red: critical-path bound)`));
    paths.push(p);
  }
  const series: Series[] = r.local.map((l) => ({
    label: `${l.job.accounts} accounts (${l.segments} seg)`,
    reference: l.seconds,
    points: r.cluster.filter((c) => c.job.accounts === l.job.accounts && !c.network).map((c) => ({ workers: c.workers, seconds: c.analysis.latencySeconds })),
  }));
  if (series.some((s) => s.points.length)) {
    const p = join(dir, `${base}-latency.svg`);
    writeFileSync(p, latencyVsWorkers(series, `Latency vs workers, ${r.machine.label}, po2 ${r.po2}`));
    paths.push(p);
  }
  return { markdown: md, paths };
}
