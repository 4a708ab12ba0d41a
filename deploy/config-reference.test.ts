import assert from 'node:assert/strict';
import { test } from 'node:test';

import { committedDoc, configurationDoc } from './config-reference.js';

test('deploy/CONFIGURATION.md matches the option tables (run `npm run docs:config` after changing an option)', () => {
  assert.equal(committedDoc(), configurationDoc());
});
