/** Sizing from calibration, and option parsing (flags and their environment variables). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { size, type Calibration } from '../calibration.js';
import { loadOptions, OptionsError, parseBytes } from '../options.js';

const GB = 1e9;
// The costs measured on the project's machine kind (README table).
const cal: Calibration = {
  proverVersion: 'wholesum-prover/0.1.0',
  threads: 2,
  measured: [
    { po2: 14, proveSeconds: 9.3, provePeakRssBytes: 0.17 * GB },
    { po2: 16, proveSeconds: 35.2, provePeakRssBytes: 0.63 * GB },
  ],
  liftSeconds: 50,
  liftPeakRssBytes: 1.48 * GB,
  measuredAt: '2026-11-21T00:00:00Z',
};

describe('sizing', () => {
  test('the largest po2 whose prove and lift peak fits under 80 % of the budget', () => {
    // Extrapolated (~9.4 KB per cycle): po2 17 ≈ 1.24 GB, 18 ≈ 2.47 GB, 19 ≈ 4.9 GB, 20 ≈ 9.8 GB, 21 ≈ 19.6 GB.
    assert.equal(size(cal, 2 * 2 ** 30, 'auto').maxPo2, 17);
    assert.equal(size(cal, 4 * 2 ** 30, 'auto').maxPo2, 18);
    assert.equal(size(cal, 16 * 2 ** 30, 'auto').maxPo2, 20);
    assert.equal(size(cal, 64 * 2 ** 30, 'auto').maxPo2, 22);
  });

  test('predictions grow linearly with 2^po2 and measured points are kept as measured', () => {
    const s = size(cal, 64 * 2 ** 30, 'auto');
    const p16 = s.speeds.find((x) => x.po2 === 16)!;
    const p20 = s.speeds.find((x) => x.po2 === 20)!;
    assert.equal(p16.measured, true);
    assert.equal(p20.measured, false);
    assert.ok(Math.abs(p20.proveSeconds / p16.proveSeconds - 16) < 0.6, `${p20.proveSeconds / p16.proveSeconds}`);
  });

  test('an operator cap lowers the max po2; too little memory for lift means no work at all', () => {
    assert.equal(size(cal, 16 * 2 ** 30, 18).maxPo2, 18);
    const tiny = size(cal, 1 * 2 ** 30, 'auto');
    assert.equal(tiny.canAggregate, false);
    assert.equal(tiny.maxPo2, 0);
  });
});

describe('options', () => {
  test('every flag has an environment variable; flags win over the environment', () => {
    const env = { WHOLESUM_COORDINATOR: '/ip4/1.2.3.4/tcp/1/p2p/x', WHOLESUM_MAX_MEMORY: '6G', WHOLESUM_IDLE_ONLY: 'true', WHOLESUM_MAX_PO2: '18' };
    const o = loadOptions([], env);
    assert.equal(o.coordinator, '/ip4/1.2.3.4/tcp/1/p2p/x');
    assert.equal(o.maxMemory, 6 * 2 ** 30);
    assert.equal(o.idleOnly, true);
    assert.equal(o.maxPo2, 18);
    assert.equal(loadOptions(['--max-memory', '1500M', '--max-po2', 'auto'], env).maxMemory, 1500 * 2 ** 20);
    assert.equal(loadOptions(['--max-po2', 'auto'], env).maxPo2, 'auto');
  });

  test('bad values are clear errors', () => {
    assert.throws(() => loadOptions([], {}), OptionsError);
    assert.throws(() => loadOptions(['--coordinator', 'x', '--max-po2', '40'], {}), /max-po2/);
    assert.throws(() => loadOptions(['--coordinator', 'x', '--bogus'], {}));
    assert.throws(() => parseBytes('lots'), /size/);
    assert.equal(parseBytes('2GiB'), 2 * 2 ** 30);
  });
});
