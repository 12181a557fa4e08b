/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` typechecks the whole tree first (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Packages with native or WASM parts stay outside the server bundle; so do the metrics and
  // tracing libraries, which keep process-wide state (one registry, one tracer provider).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "twilio",
    "bcryptjs",
    "prom-client",
    "@opentelemetry/sdk-trace-node",
    "@opentelemetry/exporter-trace-otlp-http",
    "@opentelemetry/resources",
  ],
  // The Gateway's pages are drawn by pages/api/gateway/[token].tsx, with no framework script. That
  // route runs the server's modules: bundled, as the App Router's are, so `import "server-only"`
  // resolves to Next's empty server build instead of the package's browser guard.
  bundlePagesRouterDependencies: true,
  // So is the unsubscribe page of a customer email (pages/api/unsubscribe/[token].tsx).
  rewrites: async () => [
    { source: "/l/:token", destination: "/api/gateway/:token" },
    { source: "/unsubscribe/:token", destination: "/api/unsubscribe/:token" },
  ],
};

export default nextConfig;
