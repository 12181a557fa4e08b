import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./private-address";

describe("isPrivateAddress", () => {
  it.each([
    // IPv4: loopback, private, link-local (cloud metadata), CGNAT, unspecified, multicast, broadcast, documentation, reserved
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "255.255.255.255",
    "192.0.2.1",
    "198.51.100.7",
    "203.0.113.9",
    "198.18.0.1",
    "240.0.0.1",
    "192.0.0.8",
    // IPv4 shorthands some resolvers accept
    "127.1",
    "0x7f.0.0.1",
    "2130706433",
    // IPv6: loopback, unspecified, link-local (with a zone), unique-local, multicast, documentation, discard
    "::1",
    "[::1]",
    "::",
    "fe80::1",
    "fe80::1%eth0",
    "fd00::1",
    "fc12::3",
    "ff02::1",
    "2001:db8::1",
    "100::1",
    // IPv4-mapped, in dotted and hex forms
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:a9fe:a9fe",
    "::ffff:10.0.0.1",
    "[::ffff:192.168.0.1]",
    // SIIT (RFC 6145)
    "::ffff:0:10.0.0.1",
    "::ffff:0:a9fe:a9fe",
    // IPv4-compatible (deprecated ::/96), even with a public address inside
    "::127.0.0.1",
    "::10.0.0.1",
    "::a9fe:a9fe",
    "::8.8.8.8",
    // NAT64 well-known prefix with a private address inside, and the local-use prefix with anything
    "64:ff9b::10.0.0.1",
    "64:ff9b::7f00:1",
    "64:ff9b::a9fe:a9fe",
    "64:ff9b:1::8.8.8.8",
    "64:ff9b:1:abcd::1",
    // 6to4 and Teredo carry an IPv4 target a relay will reach
    "2002:7f00:1::1",
    "2002:a00:1::",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    "not-an-ip",
    "",
    "1.2.3",
    "::ffff:999.0.0.1",
  ])("refuses %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "172.32.0.1",
    "192.169.0.1",
    "2606:4700:4700::1111",
    "[2a00:1450:4001:80b::200e]",
    "::ffff:8.8.8.8",
    "64:ff9b::8.8.8.8",
    "64:ff9b::808:808",
  ])("allows %s", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});
