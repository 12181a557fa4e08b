import { Inngest } from "inngest";

// The SDK reads its own INNGEST_* variables (signing key, event key, dev mode, base URL), which
// server/env.ts also validates and uses to choose the job runner. Nothing here needs them at
// import, so `next build` works without Inngest configured.
export const inngest = new Inngest({ id: "linx" });
