import { Inngest } from "inngest";
import { logger } from "../server/observability/logger";

// The SDK reads its own INNGEST_* variables (signing key, event key, dev mode, base URL), which
// server/env.ts also validates and uses to choose the job runner. Nothing here needs them at
// import, so `next build` works without Inngest configured. The SDK's own messages go through the
// server's logger (scrubbed like every line), made when first used.
const inngestLog = (level: "info" | "warn" | "error" | "debug") => (message: unknown, ...rest: unknown[]) =>
  logger("inngest")[level](rest.length > 0 ? { details: rest.map((item) => (item instanceof Error ? item.message : item)) } : {}, String(message));

export const inngest = new Inngest({ id: "linx", logger: { info: inngestLog("info"), warn: inngestLog("warn"), error: inngestLog("error"), debug: inngestLog("debug") } });
