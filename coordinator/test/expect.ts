/** The shape every API refusal must have: the status, a stable code, and a message a user can act on. */
import assert from 'node:assert/strict';

import { ApiClientError } from '../api/client.js';

export async function expectError(p: Promise<unknown>, status: number, code: string, message?: RegExp): Promise<ApiClientError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ApiClientError, String(e));
    assert.equal(e.status, status, e.message);
    assert.equal(e.body.code, code, e.message);
    assert.ok((e.body.message ?? '').length > 10, 'the error says what to do');
    if (message) assert.match(e.body.message ?? '', message);
    return e;
  }
  assert.fail(`expected HTTP ${status} ${code}`);
}
