import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ProverError } from '../client/errors.js';
import { isBuilt, proverBin } from '../client/paths.js';

export function requireBuilt(): void {
  assert.ok(isBuilt(), 'native binaries or guests are missing: run `npm run setup` first');
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `wholesum-${prefix}-`));
}

/** Await a call that must fail with a given stable error code (and, by default, the bad-input exit 2). */
export async function rejectsWith(p: Promise<unknown>, code: string, exitCode: number | null = 2): Promise<ProverError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ProverError, `expected ProverError, got ${String(e)}`);
    assert.equal(e.code, code, `expected code ${code}, got ${e.code}: ${e.message}`);
    assert.equal(e.exitCode, exitCode, `expected exit ${exitCode} for ${code}, got ${e.exitCode}`);
    return e;
  }
  assert.fail(`expected failure with ${code}, but the call succeeded`);
}

export interface RawRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The last stdout line, parsed. */
  json: Record<string, unknown>;
}

/** Run the binary directly, to check the raw contract (exit status, one JSON error line, no trace). */
export function raw(args: string[], env: NodeJS.ProcessEnv = process.env): RawRun {
  const r = spawnSync(proverBin(), args, { encoding: 'utf8', env, timeout: 120_000 });
  const lines = r.stdout.trim().split('\n').filter(Boolean);
  const last = lines[lines.length - 1] ?? '{}';
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, json: JSON.parse(last) as Record<string, unknown> };
}

/** Flip one bit of the byte at `offset` (negative: from the end). */
export function flipByte(bytes: Buffer, offset: number): Buffer {
  const copy = Buffer.from(bytes);
  const i = offset < 0 ? copy.length + offset : offset;
  copy[i] = copy[i]! ^ 0x01;
  return copy;
}
