import { BlockList, isIP } from "node:net";

// Addresses a webhook must never reach unless WEBHOOK_ALLOW_PRIVATE_TARGETS is on: loopback,
// private networks, link-local (cloud metadata lives at 169.254.169.254), carrier-grade NAT,
// multicast and reserved ranges, in IPv4 and IPv6.
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24], ["203.0.113.0", 24],
  ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["fec0::", 10], ["ff00::", 8], ["2001:db8::", 32], ["100::", 64],
] as const) blocked.addSubnet(network, prefix, "ipv6");

/** An IPv4 address hidden in IPv6 (`::ffff:10.0.0.1`, NAT64 `64:ff9b::a00:1`), or undefined. */
const embeddedIpv4 = (address: string) => {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return undefined;
  const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
};

/** True for any address a public webhook target cannot have; also true for what is not an IP at all. */
export const isPrivateAddress = (address: string): boolean => {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  const version = isIP(bare);
  if (version === 4) return blocked.check(bare, "ipv4");
  if (version !== 6) return true;
  const v4 = embeddedIpv4(bare);
  return v4 ? isPrivateAddress(v4) : blocked.check(bare, "ipv6");
};
