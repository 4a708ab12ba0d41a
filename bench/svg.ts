/**
 * The bench's two plots as plain SVG (no plotting dependency): a Gantt chart of one job's tasks per
 * worker, and latency against worker count per job size with the local prover as a reference line.
 */
import type { JobAnalysis } from './analysis.js';

const COLORS: Record<string, string> = { execute: '#888888', prove_lift: '#4e79a7', join: '#f28e2b', groth16: '#59a14f', wait: '#dddddd' };
const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function gantt(a: JobAnalysis, title: string): string {
  const workers = [...new Set(a.tasks.map((t) => t.worker))].sort();
  const rows = ['coordinator (execute)', ...workers.map((w) => `worker …${w.slice(-6)}`)];
  const W = 900;
  const left = 150;
  const rowH = 28;
  const top = 40;
  const H = top + rows.length * rowH + 50;
  const x = (sec: number) => left + (sec / Math.max(a.latencySeconds, 1)) * (W - left - 20);
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`, `<text x="10" y="20" font-size="14">${esc(title)}</text>`];
  rows.forEach((r, i) => {
    out.push(`<text x="10" y="${top + i * rowH + 18}">${esc(r)}</text>`);
  });
  const bar = (row: number, s: number, e: number, color: string, label: string) => {
    out.push(`<rect x="${x(s).toFixed(1)}" y="${top + row * rowH + 4}" width="${Math.max(1, x(e) - x(s)).toFixed(1)}" height="${rowH - 8}" fill="${color}"><title>${esc(label)}</title></rect>`);
    if (x(e) - x(s) > 40) out.push(`<text x="${(x(s) + 3).toFixed(1)}" y="${top + row * rowH + 18}" fill="white">${esc(label.split(' ')[0]!)}</text>`);
  };
  bar(0, a.executeSpan[0], a.executeSpan[1], COLORS.execute!, `execute ${(a.executeSpan[1] - a.executeSpan[0]).toFixed(1)} s`);
  for (const t of a.tasks) {
    const row = 1 + workers.indexOf(t.worker);
    bar(row, t.start, t.end, COLORS[t.kind] ?? '#999', `${t.id} ${t.seconds.toFixed(1)} s (ready at ${t.ready.toFixed(1)} s)`);
  }
  // Time axis.
  const axisY = top + rows.length * rowH + 10;
  out.push(`<line x1="${left}" y1="${axisY}" x2="${W - 20}" y2="${axisY}" stroke="black"/>`);
  const step = niceStep(a.latencySeconds);
  for (let t = 0; t <= a.latencySeconds; t += step) {
    out.push(`<line x1="${x(t)}" y1="${axisY}" x2="${x(t)}" y2="${axisY + 5}" stroke="black"/><text x="${x(t) - 8}" y="${axisY + 18}">${t}</text>`);
  }
  out.push(`<text x="${W - 80}" y="${axisY + 34}">seconds</text>`);
  out.push(
    `<line x1="${x(a.criticalPathSeconds)}" y1="${top}" x2="${x(a.criticalPathSeconds)}" y2="${axisY}" stroke="red" stroke-dasharray="4 3"><title>critical-path bound ${a.criticalPathSeconds.toFixed(1)} s</title></line>`,
  );
  out.push('</svg>');
  return out.join('\n');
}

function niceStep(total: number): number {
  const raw = total / 8;
  const p = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  return [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
}

export interface Series {
  label: string;
  points: { workers: number; seconds: number }[];
  /** A horizontal reference (the local prover on the same job). */
  reference?: number;
}

export function latencyVsWorkers(series: Series[], title: string): string {
  const W = 700;
  const H = 420;
  const m = { l: 60, r: 180, t: 40, b: 50 };
  const xs = series.flatMap((s) => s.points.map((p) => p.workers));
  const ys = series.flatMap((s) => [...s.points.map((p) => p.seconds), s.reference ?? 0]);
  const xMax = Math.max(...xs, 1);
  const yMax = Math.max(...ys, 1) * 1.1;
  const x = (w: number) => m.l + ((w - 0.5) / (xMax + 0.5 - 0.5)) * (W - m.l - m.r);
  const y = (sec: number) => H - m.b - (sec / yMax) * (H - m.t - m.b);
  const palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948'];
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<text x="10" y="20" font-size="14">${esc(title)}</text>`,
    `<line x1="${m.l}" y1="${H - m.b}" x2="${W - m.r}" y2="${H - m.b}" stroke="black"/>`,
    `<line x1="${m.l}" y1="${m.t}" x2="${m.l}" y2="${H - m.b}" stroke="black"/>`,
    `<text x="${(W - m.r) / 2}" y="${H - 12}">workers</text>`,
    `<text x="8" y="${m.t - 8}">latency (s)</text>`,
  ];
  for (const w of [...new Set(xs)].sort((a, b) => a - b)) out.push(`<text x="${x(w) - 4}" y="${H - m.b + 16}">${w}</text>`);
  const step = niceStep(yMax);
  for (let v = 0; v <= yMax; v += step) out.push(`<text x="${m.l - 40}" y="${y(v) + 4}">${v}</text><line x1="${m.l - 4}" y1="${y(v)}" x2="${m.l}" y2="${y(v)}" stroke="black"/>`);
  series.forEach((s, i) => {
    const c = palette[i % palette.length]!;
    const pts = [...s.points].sort((a, b) => a.workers - b.workers);
    out.push(`<polyline fill="none" stroke="${c}" stroke-width="2" points="${pts.map((p) => `${x(p.workers).toFixed(1)},${y(p.seconds).toFixed(1)}`).join(' ')}"/>`);
    for (const p of pts) out.push(`<circle cx="${x(p.workers).toFixed(1)}" cy="${y(p.seconds).toFixed(1)}" r="4" fill="${c}"><title>${p.seconds.toFixed(1)} s</title></circle>`);
    if (s.reference !== undefined) out.push(`<line x1="${m.l}" y1="${y(s.reference)}" x2="${W - m.r}" y2="${y(s.reference)}" stroke="${c}" stroke-dasharray="5 4"/>`);
    out.push(`<rect x="${W - m.r + 10}" y="${m.t + i * 36}" width="12" height="12" fill="${c}"/><text x="${W - m.r + 28}" y="${m.t + i * 36 + 10}">${esc(s.label)}</text>`);
    if (s.reference !== undefined) out.push(`<text x="${W - m.r + 28}" y="${m.t + i * 36 + 24}" fill="#555">- - local prover</text>`);
  });
  out.push('</svg>');
  return out.join('\n');
}
