// Drawing helpers for the dashboard: HTML and SVG elements from plain DOM calls. Text goes in
// with createTextNode and attributes with setAttribute, never through an HTML parser, so a worker
// that names its CPU "<img onerror=…>" is shown as exactly that text.

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    node.setAttribute(k, String(v));
  }
  for (const c of children.flat(Number.POSITIVE_INFINITY)) {
    if (c === undefined || c === null || c === false) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

/** An HTML element: h('td', { class: 'n' }, 'text', child…). */
export const h = (tag, attrs, ...children) => fill(document.createElement(tag), attrs, children);

/** An SVG element. */
export const s = (tag, attrs, ...children) => fill(document.createElementNS(SVG_NS, tag), attrs, children);

/** A tooltip for an SVG shape (its <title> child). */
export const tip = (text) => s('title', {}, text);

/** A horizontal bar, `value` of `max`, with the figure beside it. */
export function meter(value, max, label, cls = '') {
  const w = 110;
  const frac = max > 0 ? Math.max(0, Math.min(1, value / max)) : 0;
  return s(
    'svg',
    { class: `meter ${cls}`, width: w + 90, height: 14, viewBox: `0 0 ${w + 90} 14`, role: 'img' },
    s('rect', { class: 'track', x: 0, y: 2, width: w, height: 10, rx: 2 }),
    s('rect', { class: 'fill', x: 0, y: 2, width: (w * frac).toFixed(1), height: 10, rx: 2 }),
    s('text', { x: w + 6, y: 11 }, label),
  );
}

/** Accepted, refused and failed results as one stacked bar, scaled to `max` results. */
export function results(accepted, rejected, failed, max) {
  const w = 120;
  const scale = max > 0 ? w / max : 0;
  const parts = [
    ['accepted', accepted],
    ['rejected', rejected],
    ['failed', failed],
  ];
  let x = 0;
  const rects = parts.map(([cls, n]) => {
    const r = s('rect', { class: cls, x: x.toFixed(1), y: 2, width: (n * scale).toFixed(1), height: 10 }, tip(`${n} ${cls}`));
    x += n * scale;
    return r;
  });
  return s(
    'svg',
    { class: 'results', width: w + 90, height: 14, viewBox: `0 0 ${w + 90} 14`, role: 'img' },
    s('rect', { class: 'track', x: 0, y: 2, width: w, height: 10 }),
    rects,
    s('text', { x: w + 6, y: 11 }, `${accepted} ✓ ${rejected} ✗ ${failed} !`),
  );
}

/** "12 s", "3.5 min", "1.2 h". */
export function duration(seconds) {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

/** 1234567 → "1.23 M". */
export function si(n) {
  if (!Number.isFinite(n)) return '—';
  const units = [
    [1e9, 'G'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [f, u] of units) {
    const x = n / f;
    if (Math.abs(x) >= 1) return `${x.toFixed(Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 10 ? 1 : 2)} ${u}`;
  }
  return String(Math.round(n * 100) / 100);
}

export const bytes = (n) => (n >= 2 ** 30 ? `${(n / 2 ** 30).toFixed(1)} GiB` : `${Math.round(n / 2 ** 20)} MiB`);

/** The tail of a peer id, as the coordinator's own logs and notes abbreviate it. */
export const short = (peer) => (peer.length > 10 ? `…${peer.slice(-8)}` : peer);

export const clock = (ms) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
