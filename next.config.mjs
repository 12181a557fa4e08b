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
};

export default nextConfig;
