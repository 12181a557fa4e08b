import { describe, expect, it } from "vitest";
import { endlessBody } from "@/server/testing/endless-body";
import { readBodyText } from "./read-body-text";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit & {
    duplex: "half";
  });

describe("readBodyText", () => {
  it("reads a body within the limit", async () => {
    expect(await readBodyText(post("héllo"), 100)).toBe("héllo");
  });

  it("stops reading a body with no Content-Length once it passes the limit, and cancels it", async () => {
    const { stream, pulled } = endlessBody();
    await expect(readBodyText(post(stream), 64 * 1024)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    expect(pulled.chunks).toBeLessThan(10);
    expect(pulled.cancelled).toBe(true);
  });

  it("refuses at once when Content-Length is over the limit", async () => {
    await expect(readBodyText(post("x", { "content-length": "1000" }), 100)).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
  });
});
