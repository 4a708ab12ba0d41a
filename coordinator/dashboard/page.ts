/**
 * The page itself: static files read once at start, served with a content security policy that
 * lets them load only themselves and talk only to this origin (no CDN, no inline script or style,
 * nothing framed). They hold no data: everything shown comes from the keyed feed. No build step:
 * the files in static/ are what the browser runs.
 */
import { readFileSync } from 'node:fs';

import type { Reply } from '../api/http.js';

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'draw.js': 'text/javascript; charset=utf-8',
  'views.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
};

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  // A key given as ?key= must not leave in a Referer (the page also drops it from the address bar).
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
};

const files = new Map(Object.entries(TYPES).map(([name, type]) => [name, { bytes: readFileSync(new URL(`static/${name}`, import.meta.url)), type }]));

/** One of the page's files, or undefined (a 404). */
export function staticFile(name: string): Reply | undefined {
  const f = files.get(name);
  return f && { status: 200, bytes: f.bytes, type: f.type, headers: SECURITY_HEADERS };
}
