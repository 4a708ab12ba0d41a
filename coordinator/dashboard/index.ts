/**
 * dashboard/: the coordinator's live dashboard, on the API's own port. Contract:
 * - `GET /dashboard` (and `/dashboard/<file>`): a static page — HTML, three small ES modules, one
 *   stylesheet, drawn with inline SVG from plain DOM code; no build step, no CDN (it works offline).
 *   It carries no data, so it needs no key.
 * - `GET /v1/dashboard`: the JSON feed the page polls (feed.ts), read-only, behind `x-api-key`:
 *   the view key (--view-key) sees the pool and every job; an API key sees the pool and its own
 *   jobs (access.ts). Neither sees blob digests, image or input ids, or any URL.
 * - The key reaches the page as `/dashboard#key=<key>` (a fragment never leaves the browser) or
 *   `?key=<key>`; the page keeps it in sessionStorage, removes it from the address bar and sends
 *   it as `x-api-key` on its fetches; without one it asks for it. The server never logs it.
 * - Every string that came from the network (worker names, CPU models, error messages) is shown
 *   with textContent or setAttribute, never parsed as HTML: workers are untrusted peers.
 */
import type { ApiContext } from '../api/context.js';
import { NotFoundError } from '../errors.js';
import type { Router } from '../api/http.js';
import { DashboardAccess } from './access.js';
import { buildFeed } from './feed.js';
import { staticFile } from './page.js';

export { DashboardAccess, type Scope } from './access.js';
export { buildFeed, type Feed } from './feed.js';
export { type NodeState, treeLevels } from './shape.js';

export function dashboardRoutes(r: Router, ctx: ApiContext): void {
  const access = new DashboardAccess(ctx.opts.viewKey, ctx);

  r.add('GET', '/dashboard', async (req) => {
    // The page's relative links resolve against /dashboard, not /dashboard/ (a prefix proxy keeps working).
    if (req.path.endsWith('/')) return { status: 308, headers: { location: '../dashboard' } };
    return staticFile('index.html')!;
  });
  r.add('GET', '/dashboard/:file', async (req) => {
    const f = staticFile(req.params.file ?? '');
    if (!f) throw new NotFoundError('dashboard file', req.params.file ?? '');
    return f;
  });
  r.add('GET', '/v1/dashboard', async (req) => {
    const scope = await access.scope(req);
    return { status: 200, json: await buildFeed(ctx, scope), headers: { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } };
  });
}
