// The dashboard's pictures, one function each: summary, throughput, pool, a job with its join
// tree, and the per-worker Gantt. Each takes the feed (or a part of it) and returns new elements.
import { bytes, clock, duration, h, meter, results, s, short, si, tip } from './draw.js';

const STATE_NAMES = { D: 'done', R: 'running', H: 'running, hedged', Q: 'queued', W: 'waiting', C: 'carried up', X: 'never proved (the job ended)' };

export function summaryView(feed) {
  const etas = feed.jobs.map((j) => j.eta_seconds).filter((x) => x !== null);
  const card = (name, value, id) => h('div', { class: 'card', id }, h('div', { class: 'value' }, value), h('div', { class: 'name' }, name));
  return [
    card('workers live', `${feed.workers_live} / ${feed.pool.length}`, 'card-workers'),
    card('jobs running', String(feed.jobs_running), 'card-jobs'),
    card('segments / min', String(feed.throughput.segments_per_min), 'card-segments'),
    card('cycles / min', si(feed.throughput.cycles_per_min), 'card-cycles'),
    card('next job done in', etas.length ? duration(Math.min(...etas)) : '—', 'card-eta'),
  ];
}

export function throughputView(t, now) {
  const W = 900;
  const H = 90;
  const n = t.series.length;
  const max = Math.max(1, ...t.series.map((b) => b.segments + b.joins));
  const bw = (W - 40) / n;
  const y = (v) => H - 16 - (v / max) * (H - 26);
  const bars = t.series.flatMap((b, i) => {
    const x = 30 + i * bw;
    const ago = Math.round((now - b.start_ms) / 60_000);
    const label = `${ago} min ago: ${b.segments} segments, ${b.joins} joins, ${si(b.cycles)} cycles`;
    return [
      s('rect', { class: 'tp-seg', x: x.toFixed(1), y: y(b.segments).toFixed(1), width: (bw - 2).toFixed(1), height: (H - 16 - y(b.segments)).toFixed(1) }, tip(label)),
      s('rect', { class: 'tp-join', x: x.toFixed(1), y: y(b.segments + b.joins).toFixed(1), width: (bw - 2).toFixed(1), height: (y(b.segments) - y(b.segments + b.joins)).toFixed(1) }, tip(label)),
    ];
  });
  return h(
    'div',
    { class: 'throughput' },
    s(
      'svg',
      { class: 'chart', viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img' },
      s('text', { x: 0, y: 12, class: 'axis' }, String(max)),
      s('text', { x: 0, y: H - 16, class: 'axis' }, '0'),
      s('line', { x1: 28, x2: W - 10, y1: H - 16, y2: H - 16, class: 'axis-line' }),
      bars,
      s('text', { x: 30, y: H - 2, class: 'axis' }, `${n} min ago`),
      s('text', { x: W - 10, y: H - 2, class: 'axis', 'text-anchor': 'end' }, 'now'),
    ),
    legend(
      [
        ['tp-seg', 'segments proved'],
        ['tp-join', 'joins'],
      ],
      ` last ${Math.round(t.window_s / 60)} min: ${t.segments_per_min} segments/min, ${t.joins_per_min} joins/min, ${si(t.cycles_per_min)} cycles/min`,
    ),
  );
}

function workerState(w) {
  if (w.banned) return ['banned', w.ban_reason ?? ''];
  if (w.refused) return ['refused', w.refused];
  if (!w.live) return ['gone', `last seen ${clock(w.last_seen_ms)}`];
  if (!w.verified) return ['probation', 'no verified result yet: one task at a time'];
  return w.leases > 0 ? ['busy', `${w.leases} tasks`] : ['idle', ''];
}

/** Its measured prove_lift time (the smallest po2 measured) and join time; else its claim. */
function speedOf(w) {
  const prove = Object.entries(w.measured)
    .filter(([k]) => k.startsWith('prove_lift:'))
    .map(([k, v]) => ({ po2: Number(k.split(':')[1]), seconds: v }))
    .sort((a, b) => a.po2 - b.po2)[0];
  if (prove) return { measured: true, po2: prove.po2, seconds: prove.seconds, join: w.measured.join ?? null };
  const c = w.claimed.speeds[0];
  return { measured: false, po2: c?.po2 ?? null, seconds: c ? c.prove_seconds + w.claimed.lift_seconds : null, join: w.claimed.lift_seconds || null };
}

export function poolView(pool) {
  if (pool.length === 0) return h('p', { class: 'empty' }, 'No worker has asked for work since the coordinator started.');
  const speeds = pool.map(speedOf);
  // Speed bars compare like with like: times scaled to po2 16 (proving grows ~2^po2).
  const at16 = (sp) => (sp.seconds === null || sp.po2 === null ? null : sp.seconds / 2 ** (sp.po2 - 16));
  const fastest = Math.min(...speeds.map(at16).filter((x) => x !== null && x > 0));
  const maxResults = Math.max(1, ...pool.map((w) => w.accepted + w.rejected + w.failed));
  const rows = pool.map((w, i) => {
    const sp = speeds[i];
    const [state, why] = workerState(w);
    const rel = at16(sp);
    return h(
      'tr',
      { class: `worker ${state}`, 'data-peer': w.peer },
      h('td', { class: 'peer', title: w.peer }, short(w.peer)),
      h('td', {}, h('span', { class: `badge ${state}`, title: why }, state)),
      h('td', { class: 'cap' }, `po2 ≤ ${w.max_po2} · ${w.cores} cores · ${bytes(w.memory_budget_bytes)}${w.groth16 ? ' · groth16' : ''}`, h('div', { class: 'cpu' }, w.cpu || '—')),
      h(
        'td',
        { class: 'speed' },
        rel ? meter(fastest / rel, 1, sp.seconds === null ? '—' : `${duration(sp.seconds)} @${sp.po2}`, sp.measured ? 'measured' : 'claimed') : '—',
        h('div', { class: 'sub' }, `${sp.measured ? 'measured' : 'claimed'}${sp.join ? ` · join ${duration(sp.join)}` : ''}`),
      ),
      h('td', { class: 'n' }, String(w.leases)),
      h('td', {}, results(w.accepted, w.rejected, w.failed, maxResults)),
      h('td', {}, meter(w.reputation, 1, w.reputation.toFixed(2), w.reputation < 0.5 ? 'low' : '')),
    );
  });
  const head = ['worker', 'state', 'capacity', 'prove + lift', 'tasks', 'results (accepted ✓ refused ✗ failed !)', 'reputation'];
  return h(
    'table',
    { class: 'pool' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        head.map((c) => h('th', {}, c)),
      ),
    ),
    h('tbody', {}, rows),
  );
}

/** The join tree: segments at the bottom, the root at the top, each node coloured by its state. */
export function treeView(job) {
  const levels = job.tree;
  if (levels.length === 0) return h('p', { class: 'empty' }, job.kind === 'snark' ? 'Groth16 wrap of another session: no join tree.' : 'No segments yet.');
  const n = levels[0].length;
  const W = Math.max(320, Math.min(1160, n * 28));
  const dy = 34;
  const H = 16 + (levels.length - 1) * dy + 16;
  const dx = W / n;
  const r = Math.max(2, Math.min(8, dx * 0.38));
  const pos = (level, i) => {
    const a = i * 2 ** level;
    const b = Math.min((i + 1) * 2 ** level, n) - 1;
    return [((a + b) / 2 + 0.5) * dx, 16 + (levels.length - 1 - level) * dy];
  };
  const edges = [];
  const nodes = [];
  levels.forEach((row, level) => {
    [...row].forEach((st, i) => {
      const [x, y] = pos(level, i);
      if (level > 0) {
        for (const c of st === 'C' ? [2 * i] : [2 * i, 2 * i + 1]) {
          if (c >= levels[level - 1].length) continue;
          const [cx, cy] = pos(level - 1, c);
          edges.push(s('line', { class: `edge ${levels[level - 1][c]}`, x1: x.toFixed(1), y1: y, x2: cx.toFixed(1), y2: cy }));
        }
      }
      const name = level === 0 ? `seg-${i}` : `join-${level}-${i}`;
      nodes.push(s('circle', { class: `node ${st}`, 'data-state': st, 'data-node': name, cx: x.toFixed(1), cy: y, r: st === 'C' ? r / 2.5 : r }, tip(`${name}: ${STATE_NAMES[st]}`)));
    });
  });
  return s('svg', { class: 'tree', 'data-tree': job.id, viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img' }, edges, nodes);
}

export function jobView(job) {
  const c = job.counts;
  const frac = c.segments + c.joins > 0 ? (c.segments_done + c.joins_done) / (c.segments + c.joins) : 0;
  const eta = job.status === 'RUNNING' ? `ETA ${duration(job.eta_seconds)}` : `took ${duration(job.stage_seconds.total)}`;
  return h(
    'article',
    { class: `job ${job.status}`, 'data-job': job.id },
    h(
      'header',
      {},
      h('span', { class: `badge ${job.status}` }, job.status),
      h('span', { class: 'job-id', title: job.id }, job.id.slice(0, 8)),
      h('span', { class: 'state' }, job.state),
      h('span', { class: 'eta' }, eta),
    ),
    h(
      'div',
      { class: 'progress' },
      meter(frac, 1, `${Math.round(frac * 100)} %`),
      ` ${c.segments_done}/${c.segments}${job.segments === null ? '+' : ''} segments · ${c.joins_done}/${c.joins} joins · ${c.running} running · po2 ${job.po2 ?? '—'}${job.total_cycles ? ` · ${si(job.total_cycles)} cycles` : ''}`,
    ),
    job.error ? h('p', { class: 'error' }, job.error) : null,
    treeView(job),
  );
}

/** A legend line: a colour key and its name per entry, then an optional tail of text. */
const legend = (keys, tail = '') =>
  h(
    'p',
    { class: 'legend' },
    keys.flatMap(([cls, name]) => [h('span', { class: `key ${cls}` }), ` ${name}  `]),
    tail,
  );

export const treeLegend = () => legend(Object.entries(STATE_NAMES).map(([k, v]) => [`node-${k}`, v]));

/** One row per worker, one bar per task it held: verified results solid, running ones striped. */
export function ganttView(g, pool) {
  const order = [...new Set([...pool.map((w) => w.peer), ...g.bars.map((b) => b.worker)])].filter((p) => g.bars.some((b) => b.worker === p));
  if (order.length === 0) return h('p', { class: 'empty' }, 'No task in the last 30 minutes.');
  const W = 1160;
  const L = 110;
  const rowH = 22;
  const H = 24 + order.length * rowH;
  // The past window, then as far ahead as the running tasks are expected to take (at most 10 min).
  const now = g.to_ms;
  const ahead = Math.min(10 * 60_000, Math.max(0, ...g.bars.filter((b) => b.end_ms === null).map((b) => b.expected_end_ms - now)));
  const to = now + (ahead > 0 ? Math.max(2 * 60_000, ahead + 30_000) : 0);
  const x = (t) => L + (Math.max(g.from_ms, Math.min(to, t)) - g.from_ms) * ((W - L - 10) / (to - g.from_ms));
  const ticks = [];
  for (let m = -Math.floor((now - g.from_ms) / 60_000); m * 60_000 <= to - now; m += 1) {
    if (m % 5 !== 0) continue;
    const t = now + m * 60_000;
    const label = m === 0 ? 'now' : m < 0 ? `−${-m} min` : `+${m} min`;
    ticks.push(s('line', { class: m === 0 ? 'now-line' : 'grid', x1: x(t), x2: x(t), y1: 14, y2: H }), s('text', { class: 'axis', x: x(t), y: 10, 'text-anchor': 'middle' }, label));
  }
  const rows = order.map((peer, i) => {
    const y = 18 + i * rowH;
    const bars = g.bars
      .filter((b) => b.worker === peer)
      .map((b) => {
        const end = b.end_ms ?? now;
        const cls = `bar ${b.kind}${b.end_ms === null ? ' running' : ''}${b.hedge ? ' hedge' : ''}`;
        const what = `${b.task} of ${b.job.slice(0, 8)} (${b.kind}${b.hedge ? ', hedge' : ''}): ${b.end_ms === null ? `running ${duration((now - b.start_ms) / 1000)}, expected ${duration((b.expected_end_ms - b.start_ms) / 1000)}` : duration((b.end_ms - b.start_ms) / 1000)}`;
        const out = [s('rect', { class: cls, 'data-task': b.task, x: x(b.start_ms).toFixed(1), y: y + 2, width: Math.max(2, x(end) - x(b.start_ms)).toFixed(1), height: rowH - 6, rx: 2 }, tip(what))];
        if (b.expected_end_ms) {
          // What is left of what the coordinator expects: an outline from now to the expected end.
          if (b.expected_end_ms > now)
            out.push(s('rect', { class: 'bar-left', x: x(now).toFixed(1), y: y + 2, width: Math.max(0, x(b.expected_end_ms) - x(now)).toFixed(1), height: rowH - 6, rx: 2 }, tip(what)));
          out.push(s('line', { class: 'expected', x1: x(b.expected_end_ms), x2: x(b.expected_end_ms), y1: y, y2: y + rowH - 2 }));
        }
        return out;
      });
    return s('g', { class: 'row', 'data-row': peer }, s('text', { class: 'label', x: 0, y: y + 15 }, short(peer), tip(peer)), bars);
  });
  return h(
    'div',
    {},
    s('svg', { class: 'gantt', viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img' }, ticks, rows),
    legend([
      ['bar-prove_lift', 'prove + lift'],
      ['bar-join', 'join'],
      ['bar-groth16', 'groth16'],
      ['bar-running', 'running (outlined up to the tick: when the coordinator expects it done)'],
    ]),
  );
}
