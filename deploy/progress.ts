/**
 * One progress line for a running job, drawn from `/v1/jobs/:id`: the join tree level by level
 * (segments first, then each level of joins up to the root), each node as done ■, being proved ▶ or
 * waiting □, with counts, elapsed time and the coordinator's ETA.
 *
 *   proving · ■■▶□ › ■□ › □ · segments 2/4 · joins 1/3 · 212 s · ETA ~2 min 40 s
 */
import type { JobDetail } from '../coordinator/api/client.js';
import { type NodeState, treeLevels } from '../coordinator/dashboard/index.js';

const MAX_NODES_PER_LEVEL = 48;

/** The dashboard's node letters as glyphs; C (a node carried up unjoined: no task) is not drawn. */
const GLYPH: Record<NodeState, string> = { D: '■', R: '▶', H: '▶', Q: '□', W: '□', X: '□', C: '' };

/** "2 min 40 s", "45 s", "1 h 5 min". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  return `${Math.floor(s / 3600)} h${Math.floor((s % 3600) / 60) ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
}

/** The tree's levels, in the shape coordinator/tree.ts gives them (through the dashboard's treeLevels). */
function levels(job: JobDetail): string[] {
  const seen = job.tasks.filter((t) => t.kind === 'prove_lift').length;
  const byId = new Map(job.tasks.map((t) => [t.id, t]));
  const stateOf = (id: string): NodeState | undefined => {
    const t = byId.get(id);
    return !t ? undefined : t.state === 'done' ? 'D' : t.leased_to ? 'R' : 'Q';
  };
  return treeLevels(seen, job.segments ?? undefined, stateOf)
    .map((row) => [...row].map((c) => GLYPH[c as NodeState]).join(''))
    .filter((row) => row.length > 0)
    .map((row) => (row.length > MAX_NODES_PER_LEVEL ? `${row.slice(0, MAX_NODES_PER_LEVEL)}…` : row));
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
