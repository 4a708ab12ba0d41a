/**
 * The Grafana dashboard (deploy/grafana/wholesum.json) against the metrics the coordinator really
 * registers (coordinator/metrics.ts, read from a live registry, not a list kept by hand): every
 * query names registered metrics, with labels they have and task kinds that exist; every metric of
 * ours is on some panel; every panel reads the dashboard's Prometheus datasource variable. No
 * Grafana needed: the JSON model is checked as data.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { KINDS } from '../../coordinator/kinds/index.js';
import { Metrics } from '../../coordinator/metrics.js';

interface Target {
  expr: string;
  legendFormat?: string;
  datasource: { type: string; uid: string };
}
interface Panel {
  id: number;
  type: string;
  title: string;
  gridPos: { h: number; w: number; x: number; y: number };
  datasource?: { type: string; uid: string };
  targets?: Target[];
}

const dashboard = JSON.parse(readFileSync(new URL('wholesum.json', import.meta.url), 'utf8')) as {
  uid: string;
  panels: Panel[];
  templating: { list: { name: string; type: string; query: unknown }[] };
};
const registered = new Map(new Metrics().registry.getMetricsAsArray().map((m) => [m.name, { type: String(m.type), labels: (m as unknown as { labelNames: string[] }).labelNames ?? [] }]));
/** Prometheus adds these to every series it scrapes. */
const SCRAPE_LABELS = ['instance', 'job'];
const HISTOGRAM_SUFFIX = /_(bucket|sum|count)$/;

/** The registered metric a series name belongs to (a histogram's _bucket, _sum and _count are its own). */
function metricOf(series: string): { name: string; labels: string[] } | undefined {
  const m = registered.get(series);
  if (m) return { name: series, labels: m.labels };
  const base = series.replace(HISTOGRAM_SUFFIX, '');
  const h = registered.get(base);
  if (h?.type === 'histogram' && base !== series) return { name: base, labels: [...h.labels, ...(series.endsWith('_bucket') ? ['le'] : [])] };
  return undefined;
}

const panels = dashboard.panels.filter((p) => p.type !== 'row');
const targets = panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, ...t })));

test('every query names metrics that metrics.ts registers, with labels they have', () => {
  assert.ok(targets.length >= 20, `${targets.length} queries`);
  for (const t of targets) {
    const series = [...t.expr.matchAll(/\b(wholesum_[a-z0-9_]+)\b/g)].map((m) => m[1]!);
    assert.ok(series.length > 0, `${t.panel}: ${t.expr} names no wholesum metric`);
    const known = series.map((s) => {
      const m = metricOf(s);
      assert.ok(m, `${t.panel}: ${s} is not registered by coordinator/metrics.ts`);
      return m;
    });
    for (const [, series, matchers] of t.expr.matchAll(/\b(wholesum_[a-z0-9_]+)\{([^}]*)\}/g)) {
      const m = metricOf(series!)!;
      for (const [, label, value] of matchers!.matchAll(/([a-z_]+)\s*=~?\s*"([^"]*)"/g)) {
        assert.ok([...m.labels, ...SCRAPE_LABELS].includes(label!), `${t.panel}: ${series} has no label ${label}`);
        if (label === 'kind') assert.ok(Object.keys(KINDS).includes(value!), `${t.panel}: no task kind ${value}`);
      }
    }
    const usable = new Set([...known.flatMap((m) => m.labels), ...SCRAPE_LABELS]);
    for (const [, list] of t.expr.matchAll(/\bby\s*\(([^)]*)\)/g)) {
      for (const label of list!.split(',').map((l) => l.trim())) assert.ok(usable.has(label), `${t.panel}: by (${label}) is no label of its metrics`);
    }
    for (const [, label] of (t.legendFormat ?? '').matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)) assert.ok(usable.has(label!), `${t.panel}: the legend's {{${label}}} is no label of its metrics`);
  }
});

test('every metric of ours is on a panel', () => {
  const ours = [...registered.keys()].filter((n) => !n.startsWith('wholesum_coordinator_'));
  assert.ok(ours.length >= 15);
  const shown = new Set(targets.flatMap((t) => [...t.expr.matchAll(/\b(wholesum_[a-z0-9_]+)\b/g)].map((m) => metricOf(m[1]!)?.name)));
  assert.deepEqual(
    ours.filter((n) => !shown.has(n)),
    [],
    'metrics no panel shows',
  );
});

test('every panel reads the Prometheus datasource variable; ids unique; the grid holds them', () => {
  const ds = dashboard.templating.list.find((v) => v.type === 'datasource');
  assert.ok(ds && ds.query === 'prometheus', 'a Prometheus datasource variable');
  for (const p of panels) {
    assert.equal(p.datasource?.uid, `\${${ds.name}}`, p.title);
    for (const t of p.targets ?? []) assert.deepEqual(t.datasource, { type: 'prometheus', uid: `\${${ds.name}}` }, p.title);
  }
  const ids = dashboard.panels.map((p) => p.id);
  assert.equal(new Set(ids).size, ids.length, 'panel ids are unique');
  const cells = new Set<string>();
  for (const p of dashboard.panels) {
    const g = p.gridPos;
    assert.ok(g.x >= 0 && g.w > 0 && g.x + g.w <= 24, `${p.title} fits the 24-column grid`);
    for (let x = g.x; x < g.x + g.w; x++) {
      for (let y = g.y; y < g.y + g.h; y++) {
        assert.ok(!cells.has(`${x},${y}`), `${p.title} overlaps another panel`);
        cells.add(`${x},${y}`);
      }
    }
  }
});
