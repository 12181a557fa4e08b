import ipaddr from "ipaddr.js";

// Addresses a webhook must never reach unless WEBHOOK_ALLOW_PRIVATE_TARGETS is on. ipaddr.js
// (a kept library: its range tables cite their RFCs) classifies the address; only plain public
// unicast passes. IPv6 forms that carry an IPv4 address inside are judged by that address:
// IPv4-mapped (::ffff:a.b.c.d), SIIT (::ffff:0:a.b.c.d) and well-known-prefix NAT64
// (64:ff9b::a.b.c.d). Forms whose target cannot be judged that way are refused outright:
// IPv4-compatible (::a.b.c.d, deprecated), local-use NAT64 (64:ff9b:1::/48, any embedding),
// 6to4 and Teredo (relays reach an embedded IPv4), and every reserved or documentation range.

const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR("::/96");
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR("64:ff9b::/96");

const lastIpv4 = (address: ipaddr.IPv6) => {
  const bytes = address.toByteArray();
  return new ipaddr.IPv4(bytes.slice(12));
};

const isPublicIpv4 = (address: ipaddr.IPv4) => address.range() === "unicast";

const isPublicIpv6 = (address: ipaddr.IPv6): boolean => {
  const range = address.range();
  if (range === "ipv4Mapped" || range === "rfc6145") return isPublicIpv4(lastIpv4(address));
  if (range === "rfc6052") return address.match(NAT64_WELL_KNOWN) && isPublicIpv4(lastIpv4(address));
  if (range !== "unicast") return false;
  return !address.match(IPV4_COMPATIBLE);
};

/**
 * The address in hex form, as the WHATWG URL parser (and so fetch) reads it, or undefined. Needed
 * because ipaddr.js reads the dotted "::a.b.c.d" as IPv4-mapped (::ffff:a.b.c.d), which would
 * judge an IPv4-compatible address by the IPv4 inside instead of refusing it.
 */
const canonicalIpv6 = (address: string) => {
  if (!ipaddr.IPv6.isValid(address)) return undefined;
  try {
    return new URL(`http://[${address}]`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
};

/** True for any address a public webhook target cannot have; also true for what is not an IP at all. */
export const isPrivateAddress = (address: string): boolean => {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  // isValid accepts shorthand IPv4 ("127.1", "0x7f.1"); only the four-part dotted form is taken.
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return !isPublicIpv4(ipaddr.IPv4.parse(bare));
  const canonical = canonicalIpv6(bare);
  return canonical === undefined || !isPublicIpv6(ipaddr.IPv6.parse(canonical));
};
