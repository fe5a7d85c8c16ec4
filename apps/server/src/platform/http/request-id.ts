import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** A request id a proxy may hand on: short, and only characters that cannot break a log line or a header. */
const PASSABLE_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/** The trusted proxies (LINLI_TRUST_PROXY: addresses or CIDRs) as a set a peer address is checked against. */
function trustedPeers(trustProxy: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of trustProxy) {
    const [address, bits] = entry.split('/');
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (!isIPv4(address) && !isIPv6(address)) continue; // Fastify rejects what it cannot read; ids just are not passed from it
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

/** The peer's address as BlockList reads it: an IPv4 client on a dual-stack socket arrives as `::ffff:a.b.c.d`. */
function peerOf(req: IncomingMessage): { address: string; type: 'ipv4' | 'ipv6' } | undefined {
  const raw = req.socket?.remoteAddress;
  if (!raw) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw);
  if (mapped) return { address: mapped[1], type: 'ipv4' };
  return { address: raw, type: isIPv6(raw) ? 'ipv6' : 'ipv4' };
}

/**
 * Fastify's `genReqId`: the `X-Request-Id` a trusted proxy sends (so nginx's `$request_id` joins
 * its access log to ours), else a random UUID, never a per-process counter, so ids from several
 * instances and restarts never collide. From anyone else the header is ignored: a client could
 * otherwise make its requests look like another's in the logs.
 */
export function requestIdGenerator(trustProxy: readonly string[] = []): (req: IncomingMessage) => string {
  const trusted = trustProxy.length ? trustedPeers(trustProxy) : undefined;
  return (req) => {
    const header = req.headers['x-request-id'];
    if (trusted && typeof header === 'string' && PASSABLE_ID.test(header)) {
      const peer = peerOf(req);
      if (peer && trusted.check(peer.address, peer.type)) return header;
    }
    return randomUUID();
  };
}
