/**
 * Headless Chromium (Debian's `chromium` package) from a test, with no npm dependency: its own
 * command line renders a page, runs its scripts for a budget of virtual time (the clock advances
 * only while the page is idle, so fetches complete and timers fire), then prints the DOM as it is
 * or writes a screenshot. Each call gets a fresh profile, so no key outlives it in sessionStorage.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** WHOLESUM_CHROMIUM, else the first of the usual names on PATH. */
export function chromiumPath(): string | undefined {
  if (process.env.WHOLESUM_CHROMIUM) return process.env.WHOLESUM_CHROMIUM;
  for (const dir of (process.env.PATH ?? '').split(':')) {
    for (const name of ['chromium', 'chromium-browser', 'google-chrome']) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * The browser tests fail, never skip, without a browser: a skipped test would let a machine that
 * lacks Chromium pass. `npm test` installs it first (deploy/system-packages.sh --tests).
 */
export function requireChromium(): void {
  if (!chromiumPath()) throw new Error('no chromium on PATH: run `bash deploy/system-packages.sh --tests` (apt-get install chromium), or set WHOLESUM_CHROMIUM');
}

function run(args: string[], timeoutMs: number): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'wholesum-chromium-'));
  const base = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars', `--user-data-dir=${profile}`];
  return new Promise<string>((resolve, reject) => {
    execFile(chromiumPath()!, [...base, ...args], { timeout: timeoutMs, maxBuffer: 64 * 2 ** 20 }, (e, stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      if (e) reject(new Error(`chromium ${args.at(-1)}: ${e.message}\n${stderr.slice(-2000)}`));
      else resolve(stdout);
    });
  });
}

/** The DOM after the page's scripts ran for `budgetMs` of virtual time. */
export const dumpDom = (url: string, budgetMs = 8000): Promise<string> => run([`--virtual-time-budget=${budgetMs}`, '--dump-dom', url], 90_000);

/** A PNG of the page after `budgetMs` of virtual time. */
export async function screenshot(url: string, file: string, size = '1400,1700', budgetMs = 8000): Promise<void> {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  await run([`--virtual-time-budget=${budgetMs}`, `--window-size=${size}`, `--screenshot=${resolve(file)}`, url], 90_000);
}

/** Every match of `re`'s first group in `html`. */
export const all = (html: string, re: RegExp): string[] => [...html.matchAll(new RegExp(re.source, 'g'))].map((m) => m[1] ?? m[0]);

/** The element that opens with `<tag … attr="value"` and everything up to its closing tag (no nesting of the same tag inside). */
export function element(html: string, tag: string, attr: string, value: string): string | undefined {
  const start = html.indexOf(`${attr}="${value}"`);
  if (start < 0) return undefined;
  const open = html.lastIndexOf(`<${tag}`, start);
  const close = html.indexOf(`</${tag}>`, start);
  return open < 0 || close < 0 ? undefined : html.slice(open, close + tag.length + 3);
}
