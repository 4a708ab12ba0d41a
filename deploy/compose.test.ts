/**
 * No container engine runs here, so the compose file is checked statically: it parses as YAML, has
 * the shape Compose requires, its references resolve, and every Wholesum variable it sets is one the
 * daemons actually read (the option tables), so a renamed option cannot silently break it.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { parse } from 'yaml';

import { SPECS as COORDINATOR } from '../coordinator/options.js';
import { SPECS as WORKER } from '../worker/options.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const compose = parse(readFileSync(join(here, 'compose.yaml'), 'utf8')) as {
  services: Record<
    string,
    { image?: string; build?: { context: string; dockerfile: string }; command?: string[]; environment?: Record<string, string>; volumes?: string[]; depends_on?: string[]; ports?: string[] }
  >;
  volumes?: Record<string, unknown>;
};
const envOf = (specs: Record<string, { env: string }>) => new Set(Object.values(specs).map((s) => s.env));

test('compose file: every service runs something and its references resolve', () => {
  assert.deepEqual(Object.keys(compose.services).sort(), ['coordinator', 'redis', 'worker']);
  for (const [name, s] of Object.entries(compose.services)) {
    assert.ok(s.image || s.build, `${name} has an image or a build`);
    if (s.build) assert.ok(existsSync(join(here, s.build.context, s.build.dockerfile)), `${name}'s Dockerfile exists`);
    for (const d of s.depends_on ?? []) assert.ok(compose.services[d], `${name} depends on a known service ${d}`);
    for (const v of s.volumes ?? []) {
      const src = v.split(':')[0]!;
      if (!src.startsWith('.') && !src.startsWith('/')) assert.ok(compose.volumes && src in compose.volumes, `volume ${src} is declared`);
    }
    for (const p of s.ports ?? []) assert.match(p, /^\d+:\d+$/);
  }
});

test('compose file: the daemons read every variable it sets', () => {
  const coordinator = envOf(COORDINATOR);
  const worker = envOf(WORKER);
  for (const k of Object.keys(compose.services.coordinator!.environment ?? {})) assert.ok(coordinator.has(k), `coordinator reads ${k}`);
  for (const k of Object.keys(compose.services.worker!.environment ?? {})) assert.ok(worker.has(k), `worker reads ${k}`);
  assert.ok(worker.has('WHOLESUM_COORDINATOR'), 'the worker command sets WHOLESUM_COORDINATOR');
  // Workers share only the address volume with the coordinator, never its data (keys, identity).
  const dir = compose.services.coordinator!.environment!.WHOLESUM_ADDRESS_FILE!.split('/').slice(0, -1).join('/');
  const shared = compose.services.coordinator!.volumes!.find((v) => v.split(':')[1] === dir)!.split(':')[0];
  assert.ok(
    compose.services.worker!.volumes!.some((v) => v.startsWith(`${shared}:`)),
    'workers mount the address volume',
  );
  assert.ok(!compose.services.worker!.volumes!.some((v) => v.startsWith('coordinator-data:')), 'workers do not mount the coordinator data');
  assert.match(compose.services.coordinator!.environment!.REDIS_URL!, /^redis:\/\/redis:/);
});
