/**
 * The worker bundle from `npm run package`, unpacked outside the checkout (no node_modules, no tsx,
 * no cargo target within reach): its wrapper starts the bundled Node on the one-file worker, which
 * loads every module and finds the bundled prover. The clean-root run
 * (`npm run test:clean-root:worker`) installs it and proves a job with it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { buildPackage } from './build.js';

test('the bundle runs from its own folder: bundled Node, one-file worker, bundled prover', async () => {
  const out = mkdtempSync(join(tmpdir(), 'wholesum-package-'));
  const pkg = await buildPackage({ out, bundleNode: true });
  const unpacked = mkdtempSync(join(tmpdir(), 'wholesum-unpacked-'));
  assert.equal(spawnSync('tar', ['-xzf', pkg.tarball, '-C', unpacked]).status, 0);
  const dir = join(unpacked, `wholesum-worker-${pkg.version}-linux-x64`);
  for (const f of ['bin/wholesum-worker', 'lib/wholesum-worker.mjs', 'libexec/wholesum-prover', 'node/bin/node', 'install.sh', 'uninstall.sh', 'wholesum-worker.service', 'worker.env']) {
    assert.ok(existsSync(join(dir, f)), `${f} in the bundle`);
  }
  assert.match(readFileSync(join(dir, 'VERSION'), 'utf8'), /^wholesum-worker .* risc0-zkvm\/3\.1\.0-rc\.1, node v20/);
  // A PATH with neither node nor the checkout: only what the bundle carries.
  const env = { PATH: '/usr/bin:/bin', HOME: unpacked };
  const help = spawnSync(join(dir, 'bin', 'wholesum-worker'), ['--help'], { cwd: unpacked, env, encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /WHOLESUM_COORDINATOR/);
  const prover = spawnSync(join(dir, 'libexec', 'wholesum-prover'), ['version'], { env, encoding: 'utf8' });
  assert.equal(prover.status, 0, prover.stderr);
  // A bad flag is the worker's own usage error, from inside the bundle.
  const bad = spawnSync(join(dir, 'bin', 'wholesum-worker'), ['--max-memory', 'lots'], { cwd: unpacked, env, encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /max-memory/);
});
