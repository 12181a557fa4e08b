import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders, servedOverHttps } from "./security-headers";

const headersOf = (values: Record<string, string>) => ({ get: (name: string) => values[name.toLowerCase()] ?? null });

describe("securityHeaders", () => {
  it("allows scripts only with this request's nonce, and no framing", () => {
    const csp = contentSecurityPolicy({ nonce: "abc123==", https: false, development: false });
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("lets React's development build use eval, and only it", () => {
    expect(contentSecurityPolicy({ nonce: "n", https: false, development: true })).toContain("'unsafe-eval'");
  });

  it("sends nosniff, a referrer policy and a permissions policy always, HSTS only over https", () => {
    const http = securityHeaders({ nonce: "n", https: false, development: false });
    expect(http).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
    });
    expect(http["Permissions-Policy"]).toContain("camera=()");
    expect(http["Strict-Transport-Security"]).toBeUndefined();
    const https = securityHeaders({ nonce: "n", https: true, development: false });
    expect(https["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("makes a different 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });
});

describe("servedOverHttps", () => {
  it("is true when APP_URL is https", () => {
    expect(servedOverHttps({ appUrl: "https://linx.example", trustedProxyHops: 0, headers: headersOf({}) })).toBe(true);
  });

  it("believes X-Forwarded-Proto only behind a trusted proxy", () => {
    const forwarded = headersOf({ "x-forwarded-proto": "https" });
    expect(servedOverHttps({ appUrl: "http://localhost:3000", trustedProxyHops: 0, headers: forwarded })).toBe(false);
    expect(servedOverHttps({ appUrl: "http://localhost:3000", trustedProxyHops: 1, headers: forwarded })).toBe(true);
    expect(
      servedOverHttps({
        appUrl: "http://localhost:3000",
        trustedProxyHops: 1,
        headers: headersOf({ "x-forwarded-proto": "http" }),
      }),
    ).toBe(false);
  });
});
