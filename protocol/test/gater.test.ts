/** The per-address connection cap on real libp2p nodes: identities are free, an address's share is not. */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { addressKey, createNode, remoteIp, type WholesumNode } from '../index.js';

const dir = () => mkdtempSync(join(tmpdir(), 'wholesum-gater-'));

test('at most --max-connections-per-ip inbound connections from one address; IPv6 counts per /64', async () => {
  const server = await createNode({ role: 'coordinator', dataDir: dir(), listen: ['/ip4/127.0.0.1/tcp/0'], maxConnectionsPerIp: 2 });
  const clients: WholesumNode[] = [];
  try {
    const addr = server.getMultiaddrs()[0]!;
    for (let i = 0; i < 3; i++) clients.push(await createNode({ role: 'worker', dataDir: dir() }));
    await clients[0]!.dial(addr);
    await clients[1]!.dial(addr);
    await assert.rejects(clients[2]!.dial(addr));
    const inbound = server.getConnections().filter((c) => c.direction === 'inbound');
    assert.equal(inbound.length, 2);
    assert.equal(remoteIp(inbound[0]!.remoteAddr), '127.0.0.1');
    // One leaves: a newcomer from the same address fits again.
    await clients[0]!.stop();
    await new Promise((r) => setTimeout(r, 300));
    await clients[2]!.dial(addr);
  } finally {
    for (const c of clients) await Promise.resolve(c.stop()).catch(() => undefined);
    await server.stop();
  }
  assert.equal(addressKey('2001:DB8:1:2:aaaa::1'), addressKey('2001:db8:1:2:bbbb::2'));
  assert.notEqual(addressKey('2001:db8:1:3::1'), addressKey('2001:db8:1:2::1'));
  assert.equal(addressKey('2001:db8::1'), '2001:db8:0:0');
  assert.equal(addressKey('2001:0db8:0000:0000::7'), '2001:db8:0:0');
  assert.equal(addressKey('203.0.113.9'), '203.0.113.9');
});

test('a burst of new connections from one address past --inbound-dials-per-ip is reset; a later dial gets in', async () => {
  const server = await createNode({ role: 'coordinator', dataDir: dir(), listen: ['/ip4/127.0.0.1/tcp/0'], inboundDialsPerIp: 3 });
  const clients: WholesumNode[] = [];
  try {
    const addr = server.getMultiaddrs()[0]!;
    for (let i = 0; i < 8; i++) clients.push(await createNode({ role: 'worker', dataDir: dir() }));
    const burst = await Promise.allSettled(clients.map((c) => c.dial(addr)));
    const ok = burst.filter((r) => r.status === 'fulfilled').length;
    assert.ok(ok >= 1 && ok <= 3, `${ok} of 8 got in at once`);
    // The limit is per second: the refused dial again with backoff (as a worker does) and all get in.
    const inbound = () => server.getConnections().filter((c) => c.direction === 'inbound').length;
    const deadline = Date.now() + 20_000;
    for (let wait = 500; inbound() < 8 && Date.now() < deadline; wait = Math.min(wait * 2, 4000)) {
      await new Promise((r) => setTimeout(r, wait));
      await Promise.allSettled(clients.filter((c) => c.getConnections().length === 0).map((c) => c.dial(addr)));
    }
    assert.equal(inbound(), 8);
  } finally {
    for (const c of clients) await Promise.resolve(c.stop()).catch(() => undefined);
    await server.stop();
  }
});
