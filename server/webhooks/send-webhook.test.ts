import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendWebhook } from "./send-webhook";
import { startReceiver, type Receiver } from "./test-receiver";

let receiver: Receiver;
beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(() => receiver.close());

const send = (url: string, extra: Partial<Parameters<typeof sendWebhook>[0]> = {}) =>
  sendWebhook({ url, headers: { "content-type": "application/json" }, body: "{}", allowPrivate: false, ...extra });

describe("sendWebhook", () => {
  it("posts the body and reads at most 1 KiB of the answer", async () => {
    receiver.answer({ status: 202, body: "x".repeat(5000) });
    const result = await send(receiver.url, { allowPrivate: true });
    expect(result).toMatchObject({ status: 202, error: null });
    expect(result.excerpt).toHaveLength(1024);
    expect(receiver.received.at(-1)).toMatchObject({ method: "POST", body: "{}" });
  });

  it("refuses loopback, private and link-local targets, by address or by name, before any byte is sent", async () => {
    const before = receiver.received.length;
    const refusals = await Promise.all([
      send(receiver.url),
      send(`http://localhost:${receiver.port}/hooks`),
      send(`http://[::1]:${receiver.port}/hooks`),
      send("https://169.254.169.254/latest/meta-data"),
      send("https://10.1.2.3/hooks"),
      send("https://192.168.0.10/hooks"),
      send("https://rebinding.example/hooks", { resolve: async () => [{ address: "10.0.0.5", family: 4 }] }),
      send("https://mixed.example/hooks", {
        resolve: async () => [
          { address: "93.184.216.34", family: 4 },
          { address: "::1", family: 6 },
        ],
      }),
      send("https://mapped.example/hooks", { resolve: async () => [{ address: "::ffff:127.0.0.1", family: 6 }] }),
    ]);
    for (const result of refusals) {
      expect(result.status).toBeNull();
      expect(result.error).toMatch(/^Refused: .* private, loopback or link-local address/);
    }
    expect(receiver.received.length).toBe(before);
  });

  it("does not follow a redirect", async () => {
    receiver.answer({ status: 302, headers: { location: "/elsewhere" } });
    const before = receiver.received.length;
    const result = await send(receiver.url, { allowPrivate: true });
    expect(result.status).toBe(302);
    expect(receiver.received.slice(before).map((r) => r.path)).toEqual(["/hooks"]);
  });

  it("gives up after the timeout", async () => {
    receiver.answer({ status: 200, delayMs: 1500 });
    const result = await send(receiver.url, { allowPrivate: true, timeoutMs: 200 });
    expect(result).toMatchObject({ status: null, error: "Timed out after 200 ms" });
    expect(result.durationMs).toBeLessThan(1000);
  });
});
