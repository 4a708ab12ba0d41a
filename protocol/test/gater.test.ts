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
