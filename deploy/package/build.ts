/**
 * `npm run package [-- --out D] [--no-node]`: the self-contained worker bundle for linux-x64, so an
 * operator installs a worker without a checkout, Rust or a C++ toolchain:
 *
 *   wholesum-worker-<version>-linux-x64/
 *     bin/wholesum-worker      the entry point (a shell wrapper: bundled Node, bundled prover)
 *     lib/wholesum-worker.mjs  worker + protocol + their npm dependencies in one file (esbuild)
 *     libexec/wholesum-prover  the prebuilt native prover (stripped)
 *     node/bin/node            this machine's Node.js (unless --no-node: then Node 20+ must be installed)
 *     install.sh uninstall.sh wholesum-worker.service worker.env VERSION
 *
 * and `<out>/wholesum-worker-<version>-linux-x64.tar.gz` (default out: dist/). The prover is built
 * first if missing. Every flag is also an environment variable (WHOLESUM_PACKAGE_OUT, WHOLESUM_PACKAGE_NO_NODE).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { build } from 'esbuild';

import { proverBin } from '../../native-prover/client/paths.js';

const here = import.meta.dirname;
const root = resolve(here, '..', '..');

export interface PackageOptions {
  out: string;
  bundleNode: boolean;
}

export interface PackageResult {
  dir: string;
  tarball: string;
  version: string;
  bytes: number;
}

function run(cmd: string, args: string[], cwd = root): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  return r.stdout;
}

export async function buildPackage(o: PackageOptions): Promise<PackageResult> {
  if (platform() !== 'linux' || arch() !== 'x64') throw new Error(`the worker bundle is built for linux-x64; this is ${platform()}-${arch()}`);
  if (!existsSync(proverBin())) run(join(root, 'native-prover', 'cargo.sh'), ['build', '--release', '--locked', '-p', 'wholesum-prover']);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const prover = JSON.parse(run(proverBin(), ['version'])) as { version: string };
  const { version } = pkg;
  const name = `wholesum-worker-${version}-linux-x64`;
  const dir = join(o.out, name);
  rmSync(dir, { recursive: true, force: true });
  for (const d of ['bin', 'lib', 'libexec']) mkdirSync(join(dir, d), { recursive: true });

  // One ESM file; `require` is provided for the CommonJS dependencies esbuild inlines.
  await build({
    entryPoints: [join(root, 'worker', 'cli.ts')],
    outfile: join(dir, 'lib', 'wholesum-worker.mjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    minify: false,
    legalComments: 'eof',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __wholesumRequire } from 'node:module'; const require = __wholesumRequire(import.meta.url);" },
  });
  copyFileSync(proverBin(), join(dir, 'libexec', 'wholesum-prover'));
  run('strip', [join(dir, 'libexec', 'wholesum-prover')]);
  if (o.bundleNode) {
    mkdirSync(join(dir, 'node', 'bin'), { recursive: true });
    copyFileSync(process.execPath, join(dir, 'node', 'bin', 'node'));
  }
  copyFileSync(join(here, 'wholesum-worker'), join(dir, 'bin', 'wholesum-worker'));
  for (const f of ['install.sh', 'uninstall.sh', 'wholesum-worker.service', 'worker.env']) copyFileSync(join(here, f), join(dir, f));
  for (const f of ['bin/wholesum-worker', 'install.sh', 'uninstall.sh', 'libexec/wholesum-prover']) chmodSync(join(dir, f), 0o755);
  const node = o.bundleNode ? `node ${process.version}` : 'system node >= 20';
  writeFileSync(join(dir, 'VERSION'), `wholesum-worker ${version} (${prover.version}, ${node})\n`);

  const tarball = join(o.out, `${name}.tar.gz`);
  run('tar', ['-czf', tarball, '-C', o.out, name]);
  return { dir, tarball, version, bytes: statSync(tarball).size };
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, 'no-node': { type: 'boolean' } } });
  const out = resolve(values.out ?? process.env.WHOLESUM_PACKAGE_OUT ?? join(root, 'dist'));
  const bundleNode = !(values['no-node'] ?? process.env.WHOLESUM_PACKAGE_NO_NODE === '1');
  mkdirSync(out, { recursive: true });
  const r = await buildPackage({ out, bundleNode });
  console.log(`[package] ${r.tarball} (${(r.bytes / 2 ** 20).toFixed(1)} MiB)`);
  console.log(`[package] install: tar -xzf ${r.tarball.split('/').pop()} && sudo ./wholesum-worker-${r.version}-linux-x64/install.sh --coordinator <multiaddr>`);
}
