import { describe, expect, it } from "vitest";
import { isShuttingDown, onShutdown, shutdown } from "./shutdown";

describe("shutdown steps", () => {
  it("run in order, each within its own bound and the whole one, and a failing one does not stop the rest", async () => {
    const ran: string[] = [];
    onShutdown({ name: "hangs", run: () => new Promise(() => ran.push("hangs")), timeoutMs: 50 });
    onShutdown({
      name: "fails",
      run: () => {
        ran.push("fails");
        throw new Error("boom");
      },
    });
    onShutdown({
      name: "slow",
      run: () =>
        new Promise((resolve) => {
          ran.push("slow");
          setTimeout(resolve, 5000);
        }),
    });
    onShutdown({ name: "last", run: () => void ran.push("last") });
    expect(isShuttingDown()).toBe(false);
    const started = Date.now();
    const stopping = shutdown("SIGTERM", 300);
    expect(isShuttingDown()).toBe(true);
    await stopping;
    expect(ran).toEqual(["hangs", "fails", "slow", "last"]);
    // 50 ms for the hanging step, then the rest of the 300 ms for the slow one: not its 5 s.
    expect(Date.now() - started).toBeLessThan(1000);
    // A second signal joins the shutdown under way.
    expect(shutdown("SIGTERM")).toBe(stopping);
  });
});
