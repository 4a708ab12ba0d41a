/**
 * The libp2p node both roles run: TCP + Noise + Yamux, identify, ping, kad-dht on the private
 * protocol id (coordinator = DHT server, workers = clients that dial out, so they work behind NAT),
 * gossipsub for announcements, and a persistent identity in the data dir.
 */
import './polyfill.js';

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { noise } from '@chainsafe/libp2p-noise';
import { yamux } from '@chainsafe/libp2p-yamux';
import { generateKeyPair, privateKeyFromProtobuf, privateKeyToProtobuf } from '@libp2p/crypto/keys';
import { gossipsub, type GossipSub } from '@libp2p/gossipsub';
import { identify, type Identify } from '@libp2p/identify';
import type { PrivateKey } from '@libp2p/interface';
import { kadDHT, passthroughMapper, type KadDHT } from '@libp2p/kad-dht';
import { ping, type Ping } from '@libp2p/ping';
import { tcp } from '@libp2p/tcp';
import { createLibp2p, type Libp2p } from 'libp2p';

import { DHT_PROTOCOL } from './ids.js';

export type Services = { identify: Identify; ping: Ping; dht: KadDHT; pubsub: GossipSub };
export type WholesumNode = Libp2p<Services>;

export interface NodeOptions {
  role: 'coordinator' | 'worker';
  /** Holds `peer.key`: the same identity across restarts. */
  dataDir: string;
  /** Multiaddrs to listen on; workers listen on nothing by default (they dial out). */
  listen?: string[];
  /** Cap on simultaneous connections (hostile peers cannot exhaust us). */
  maxConnections?: number;
  /** Cap on inbound connections still in their handshake (Noise, Yamux) at once; libp2p's default is 10. */
  maxPendingConnections?: number;
  /** Cap on open inbound connections from one address (IPv6: one /64): identities are free, addresses less so. */
  maxConnectionsPerIp?: number;
  /**
   * New inbound connections one address may open per second (libp2p's inboundConnectionThreshold,
   * default 5): it resets the rest, so a burst of fresh identities from one host queues behind it.
   */
  inboundDialsPerIp?: number;
  /** Peers refused a connection for now (e.g. a blob flooder), asked once its identity is known. */
  denyPeer?: (peer: string) => boolean;
}

/** The host part of a connection's remote multiaddr ('' when it has none, e.g. a relay). */
export function remoteIp(addr: { getComponents(): { name: string; value?: string }[] }): string {
  const c = addr.getComponents().find((x) => x.name === 'ip4' || x.name === 'ip6');
  return c?.value ?? '';
}

/** IPv4: the address; IPv6: its /64, which one subscriber usually holds whole. */
export function addressKey(ip: string): string {
  if (!ip.includes(':')) return ip;
  const [head = '', tail] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':');
}

export async function loadOrCreateKey(dataDir: string): Promise<PrivateKey> {
  const path = join(dataDir, 'peer.key');
  try {
    return privateKeyFromProtobuf(await readFile(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  await mkdir(dataDir, { recursive: true });
  const key = await generateKeyPair('Ed25519');
  await writeFile(path, privateKeyToProtobuf(key), { mode: 0o600 });
  return key;
}

export async function createNode(o: NodeOptions): Promise<WholesumNode> {
  const server = o.role === 'coordinator';
  const perIp = o.maxConnectionsPerIp ?? 0;
  // The gater counts the connections of the node it guards.
  let node: WholesumNode | undefined;
  const crowded = (ip: string): boolean => {
    if (perIp <= 0 || !node || !ip) return false;
    const key = addressKey(ip);
    let n = 0;
    for (const c of node.getConnections()) if (c.direction === 'inbound' && addressKey(remoteIp(c.remoteAddr)) === key) n++;
    return n >= perIp;
  };
  node = await createLibp2p({
    privateKey: await loadOrCreateKey(o.dataDir),
    addresses: { listen: o.listen ?? (server ? ['/ip4/0.0.0.0/tcp/0'] : []) },
    transports: [tcp()],
    connectionEncrypters: [noise()],
    streamMuxers: [yamux()],
    connectionManager: {
      maxConnections: o.maxConnections ?? (server ? 1024 : 16),
      maxIncomingPendingConnections: o.maxPendingConnections ?? (server ? 32 : 10),
      inboundConnectionThreshold: o.inboundDialsPerIp ?? 5,
    },
    services: {
      identify: identify(),
      ping: ping(),
      // Private protocol id: the default would join the public IPFS DHT. Home and lab networks use
      // private addresses, which the default mapper would drop.
      dht: kadDHT({ protocol: DHT_PROTOCOL, clientMode: !server, peerInfoMapper: passthroughMapper }),
      pubsub: gossipsub({ allowPublishToZeroTopicPeers: true }),
    },
    connectionGater: {
      denyInboundConnection: (maConn) => crowded(remoteIp(maConn.remoteAddr)),
      denyInboundEncryptedConnection: (peerId) => o.denyPeer?.(peerId.toString()) ?? false,
    },
  });
  return node;
}
