// The headers every response carries (ARCHITECTURE.md, "The path of one request"). proxy.ts sets them on
// the Portal, the Gateway and the API alike; this file only decides what they say.

export type SecurityHeaderOptions = {
  /** A fresh random value per request; Next puts it on its own <script> tags (it reads it from the request's CSP). */
  nonce: string;
  /** HSTS and upgrade-insecure-requests make sense only when the browser reached us over https. */
  https: boolean;
  /** React's development build uses eval for its error overlays; production never does. */
  development: boolean;
};

const directives = ({ nonce, https, development }: SecurityHeaderOptions) => [
  "default-src 'self'",
  // 'strict-dynamic': scripts Next's nonced bootstrap loads are trusted, any other is not.
  `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
  // Components set style attributes (progress bars, the dashboard chart), which a nonce cannot
  // cover; injected CSS cannot run code, so styles stay inline-capable while scripts do not.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  ...(https ? ["upgrade-insecure-requests"] : []),
];

export const contentSecurityPolicy = (options: SecurityHeaderOptions) => directives(options).join("; ");

/** One year, the value preload lists ask for; sent only over https (browsers ignore it on http anyway). */
const HSTS = "max-age=31536000; includeSubDomains";

export const securityHeaders = (options: SecurityHeaderOptions): Record<string, string> => ({
  "Content-Security-Policy": contentSecurityPolicy(options),
  "X-Content-Type-Options": "nosniff",
  // Gateway URLs carry the link token: never send a path to another origin.
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  // For browsers that predate frame-ancestors.
  "X-Frame-Options": "DENY",
  ...(options.https ? { "Strict-Transport-Security": HSTS } : {}),
});

type HeaderReader = { get: (name: string) => string | null };

/**
 * Whether the browser reached us over https: APP_URL says so, or a trusted proxy (TRUSTED_PROXY_HOPS > 0)
 * says it terminated TLS. Without a trusted proxy, X-Forwarded-Proto is whatever the client wrote.
 */
export const servedOverHttps = ({
  appUrl,
  trustedProxyHops,
  headers,
}: {
  appUrl: string;
  trustedProxyHops: number;
  headers: HeaderReader;
}) => {
  if (appUrl.startsWith("https://")) return true;
  if (trustedProxyHops === 0) return false;
  // Each proxy may append its own value; the first is what the outermost proxy saw.
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return proto === "https";
};

/** 128 random bits, base64: unguessable, and fits a CSP source expression as it is. */
export const newNonce = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
