// Next.js calls register() once per server process: traces, the request log and metrics, the
// in-process job runner (when no Inngest is configured, ARCHITECTURE.md "The path of one job") and a clean shutdown on
// SIGTERM (server/lifecycle/start-app.ts). NEXT_RUNTIME and NEXT_PHASE are set by Next itself,
// not configuration, so they are read here rather than through server/env.ts; server code is
// imported only in the Node.js runtime, never while `next build` collects pages.
export const register = async () => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startApp } = await import("@/server/lifecycle/start-app");
  await startApp();
};
