// Next.js calls register() once per server process. The in-process job runner starts here when
// no Inngest is configured (DESIGN.md, "Jobs"). NEXT_RUNTIME and NEXT_PHASE are set by Next
// itself, not configuration, so they are read here rather than through server/env.ts; server
// code is imported only in the Node.js runtime, never while `next build` collects pages.
export const register = async () => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startInProcessRunner } = await import("@/server/jobs/in-process-runner");
  startInProcessRunner();
};
