import { Inngest } from "inngest";
import { logger } from "@/server/observability/logger";

// The SDK reads its own INNGEST_* variables (signing key, event key, dev mode, base URL), which
// server/env.ts also validates and uses to choose the job runner. Nothing here needs them at
// import, so `next build` works without Inngest configured. The SDK's own messages go through the
// server's logger (scrubbed like every line), made when first used.
// The SDK calls its logger both ways: (message, ...details) and pino's (details, message).
const inngestLog =
  (level: "info" | "warn" | "error" | "debug") =>
  (...args: unknown[]) => {
    const at = args.findIndex((arg) => typeof arg === "string");
    const message = at === -1 ? "inngest" : (args[at] as string);
    const details = args
      .filter((_, index) => index !== at)
      .map((item) => (item instanceof Error ? item.message : item));
    logger("inngest")[level](details.length > 0 ? { details } : {}, message);
  };

export const inngest = new Inngest({
  id: "linx",
  logger: {
    info: inngestLog("info"),
    warn: inngestLog("warn"),
    error: inngestLog("error"),
    debug: inngestLog("debug"),
  },
});
