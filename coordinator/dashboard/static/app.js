// The dashboard: takes the key from the address (#key= or ?key=) into sessionStorage, drops it
// from the address bar, then polls the feed with it as x-api-key and redraws every few seconds.
import { clock, h } from './draw.js';
import { ganttView, jobView, poolView, summaryView, throughputView, treeLegend } from './views.js';

const POLL_MS = 3000;
const STORE = 'wholesum-dashboard-key';
const $ = (id) => document.getElementById(id);
// Relative to the page, so a coordinator behind a path prefix works too.
const FEED = new URL('v1/dashboard', location.href).pathname;

function takeKeyFromAddress() {
  const url = new URL(location.href);
  const key = new URLSearchParams(url.hash.slice(1)).get('key') ?? url.searchParams.get('key');
  if (!key) return;
  sessionStorage.setItem(STORE, key);
  url.searchParams.delete('key');
  history.replaceState(null, '', url.pathname + url.search);
}

function askForKey(why) {
  $('key-form').hidden = false;
  $('key-error').textContent = why;
  $('status').textContent = 'no key';
}

$('key-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const key = $('key-input').value.trim();
  if (!key) return;
  sessionStorage.setItem(STORE, key);
  $('key-input').value = '';
  $('key-form').hidden = true;
  poll();
});

function render(feed) {
  $('summary').replaceChildren(...summaryView(feed));
  $('throughput').replaceChildren(throughputView(feed.throughput, feed.now_ms));
  $('pool').replaceChildren(poolView(feed.pool));
  $('jobs').replaceChildren(...(feed.jobs.length ? [treeLegend(), ...feed.jobs.map(jobView)] : [h('p', { class: 'empty' }, 'No jobs yet.')]));
  $('gantt').replaceChildren(ganttView(feed.gantt, feed.pool));
  $('scope').textContent = feed.scope === 'view' ? 'view key: every job' : 'API key: its own jobs';
  document.body.dataset.loaded = String(feed.now_ms);
}

let timer;
async function poll() {
  clearTimeout(timer);
  const key = sessionStorage.getItem(STORE);
  if (!key) return askForKey('');
  let wait = POLL_MS;
  try {
    const r = await fetch(FEED, { headers: { 'x-api-key': key }, cache: 'no-store' });
    if (r.status === 401) {
      sessionStorage.removeItem(STORE);
      return askForKey('The coordinator refused that key.');
    }
    if (r.status === 429) wait = 1000 * Math.max(1, Number(r.headers.get('retry-after')) || 5);
    else if (!r.ok) throw new Error(`HTTP ${r.status}`);
    else {
      render(await r.json());
      $('status').textContent = `updated ${clock(Date.now())}`;
    }
  } catch (e) {
    $('status').textContent = `cannot reach the coordinator (${e.message}); retrying`;
  }
  timer = setTimeout(poll, wait);
}

takeKeyFromAddress();
poll();
