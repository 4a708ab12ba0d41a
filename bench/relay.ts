/**
 * A TCP relay that delays every byte by a fixed one-way time in each direction: the round trip of a
 * long link, for kernels without netem. Order is kept (equal delays fire in order); bandwidth is
 * left to the kernel's shaping on the veth links it carries traffic over.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface Relay {
  port: number;
  close(): Promise<void>;
}

function delayed(from: Socket, to: Socket, ms: number): void {
  from.on('data', (chunk) => {
    setTimeout(() => {
      if (!to.destroyed) to.write(chunk);
    }, ms);
  });
  from.on('end', () => setTimeout(() => to.end(), ms));
  from.on('error', () => to.destroy());
}

export async function startRelay(listenHost: string, target: { host: string; port: number }, oneWayMs: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const s of [client, upstream]) {
      s.setNoDelay(true);
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    delayed(client, upstream, oneWayMs);
    delayed(upstream, client, oneWayMs);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, listenHost, () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
