import { describe, expect, it } from "vitest";
import { readableLine } from "./readable-line";

describe("readableLine", () => {
  it("turns a JSON line into time, level, component, message and fields", () => {
    const json =
      '{"level":"info","time":"2026-12-06T03:28:43.120Z","component":"http","requestId":"r-1","method":"GET","route":"/l/[token]","status":200,"durationMs":4.2,"msg":"request"}\n';
    expect(readableLine(json)).toBe(
      "03:28:43 INFO  [http] request requestId=r-1 method=GET route=/l/[token] status=200 durationMs=4.2\n",
    );
  });

  it("puts an error's lines under it and quotes values with spaces", () => {
    const json = JSON.stringify({
      level: "error",
      time: "2026-12-06T03:28:43.120Z",
      step: "close pool",
      err: "Error: boom\n    at x",
      msg: "failed",
    });
    expect(readableLine(json)).toBe('03:28:43 ERROR failed step="close pool"\n  Error: boom\n      at x\n');
  });

  it("leaves a line that is not JSON as it is", () => {
    expect(readableLine("plain\n")).toBe("plain\n");
  });
});
