/**
 * One progress line for a running job, drawn from `/v1/jobs/:id`: the join tree level by level
 * (segments first, then each level of joins up to the root), each node as done ■, being proved ▶ or
 * waiting □, with counts, elapsed time and the coordinator's ETA.
 *
 *   proving · ■■▶□ › ■□ › □ · segments 2/4 · joins 1/3 · 212 s · ETA ~2 min 40 s
 */
import type { JobDetail, JobTask } from '../coordinator/api/client.js';

const MAX_NODES_PER_LEVEL = 48;

const glyph = (t: JobTask | undefined) => (!t ? '□' : t.state === 'done' ? '■' : t.leased_to ? '▶' : '□');

/** "2 min 40 s", "45 s", "1 h 5 min". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
}

/**
 * The tree's levels, including nodes whose tasks do not exist yet (a join is created only when
 * its children are near): with `segments` known, level L has ceil(segments / 2^L) nodes.
 */
function levels(job: JobDetail): string[] {
  const segs = job.segments ?? job.tasks.filter((t) => t.kind === 'prove_lift').length;
  if (segs === 0) return [];
  const byNode = new Map(job.tasks.filter((t) => t.kind === 'prove_lift' || t.kind === 'join').map((t) => [`${t.level}:${t.span[0]}`, t]));
  const out: string[] = [];
  for (let level = 0, width = 2 ** level; ; level++, width *= 2) {
    const n = Math.ceil(segs / width);
    // A lone node carried up unjoined (an odd count) is not a task of its own: draw it only at level 0.
    const nodes: string[] = [];
    for (let i = 0; i < n; i++) {
      const lastAlone = level > 0 && i === n - 1 && segs - i * width <= width / 2;
      if (!lastAlone) nodes.push(glyph(byNode.get(`${level}:${i * width}`)));
    }
    if (nodes.length) out.push(nodes.length > MAX_NODES_PER_LEVEL ? `${nodes.slice(0, MAX_NODES_PER_LEVEL).join('')}…` : nodes.join(''));
    if (n <= 1) break;
  }
  return out;
}

export function progressLine(job: JobDetail, nowMs = Date.now()): string {
  const segs = job.segments;
  const proved = job.tasks.filter((t) => t.kind === 'prove_lift' && t.state === 'done').length;
  const seen = job.tasks.filter((t) => t.kind === 'prove_lift').length;
  const joined = job.tasks.filter((t) => t.kind === 'join' && t.state === 'done').length;
  const started = job.stage_started_ms.queued;
  const parts = [job.status === 'RUNNING' ? job.state.split(' ')[0] || 'running' : job.status.toLowerCase()];
  const tree = levels(job);
  if (tree.length) parts.push(tree.join(' › '));
  parts.push(`segments ${proved}/${segs ?? `${seen}+ (executing)`}`);
  if (segs === null || segs > 1) parts.push(`joins ${joined}/${segs === null ? '?' : segs - 1}`);
  if (started) parts.push(duration((nowMs - started) / 1000));
  if (job.eta_seconds !== null) parts.push(`ETA ~${duration(job.eta_seconds)}`);
  return parts.join(' · ');
}
