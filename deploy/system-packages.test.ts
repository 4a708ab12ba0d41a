/**
 * The quickstart's first step on a machine that lacks a package: `deploy/system-packages.sh` must stop
 * at once with the command that installs it (not after a 40-minute build). Run with a PATH that holds
 * only what the script needs, so the missing package is really missing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { systemPackagesScript } from './system-packages.js';

function fakePath(tools: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'wholesum-path-'));
  for (const t of ['bash', 'id', ...tools]) {
    const real = spawnSync('bash', ['-c', `command -v ${t}`], { encoding: 'utf8' }).stdout.trim();
    if (real) symlinkSync(real, join(dir, t));
    else writeFileSync(join(dir, t), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  }
  return dir;
}

const run = (path: string, env: Record<string, string> = {}, args: string[] = []) =>
  spawnSync(join(path, 'bash'), [systemPackagesScript, ...args], { encoding: 'utf8', env: { PATH: path, ...env }, timeout: 10_000 });

test('a missing redis-server stops the check at once with the exact install command', () => {
  const path = fakePath(['cc', 'c++', 'make', 'pkg-config', 'apt-get']);
  try {
    const r = run(path, { WHOLESUM_INSTALL: 'never' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /missing system packages: redis-server/);
    assert.match(r.stderr, /sudo apt-get update && sudo apt-get install -y redis-server/);
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
});

test('every missing package is named in one command, and a machine without apt-get is told so', () => {
  const path = fakePath([]);
  try {
    const r = run(path);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /missing system packages: build-essential pkg-config redis-server \(no apt-get here/);
    assert.match(r.stderr, /apt-get install -y build-essential pkg-config redis-server/);
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
});

test('nothing missing: the check passes silently', () => {
  const path = fakePath(['cc', 'c++', 'make', 'pkg-config', 'redis-server']);
  try {
    const r = run(path, { WHOLESUM_INSTALL: 'never' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
});

test('--tests (what npm test runs first) also wants a browser for the dashboard tests', () => {
  const path = fakePath(['cc', 'c++', 'make', 'pkg-config', 'redis-server', 'apt-get']);
  try {
    assert.equal(run(path, { WHOLESUM_INSTALL: 'never' }).status, 0, 'the quickstart does not need it');
    const r = run(path, { WHOLESUM_INSTALL: 'never' }, ['--tests']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /sudo apt-get update && sudo apt-get install -y chromium/);
    assert.equal(run(path, { WHOLESUM_INSTALL: 'never', WHOLESUM_CHROMIUM: '/opt/chrome' }, ['--tests']).status, 0);
  } finally {
    rmSync(path, { recursive: true, force: true });
  }
});
