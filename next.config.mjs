/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  typedRoutes: false,
  // `npm test` typechecks the whole tree first (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // The stylesheet goes in each page as a <style> tag instead of a second request that blocks the
  // first paint. On a phone over slow 4G that request costs a round trip before anything shows;
  // and without it the page paints as soon as its HTML is parsed, before the framework's scripts
  // have even arrived (ARCHITECTURE.md, "The Gateway on a slow phone").
  experimental: { inlineCss: true },
  // Packages with native or WASM parts stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "twilio", "bcryptjs"],
};

export default nextConfig;
