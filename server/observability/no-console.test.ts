import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every line the server writes goes through the logger (redaction, scrubbing, the request id):
// no console calls in server/, inngest/ or the launcher.

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });

describe("the server's output", () => {
  it("goes through the logger, never console", () => {
    const files = [...sources("server"), ...sources("inngest"), "scripts/start.ts", "instrumentation.ts", "proxy.ts"];
    const offenders = files.filter((file) =>
      /\bconsole\.(log|info|warn|error|debug|trace)\(/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
