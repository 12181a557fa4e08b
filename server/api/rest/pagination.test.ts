import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, pageBody } from "./pagination";

describe("cursors", () => {
  it("round-trip a position and stay URL-safe", () => {
    const position = { createdAt: new Date("2026-03-04T05:06:07.089Z"), id: "cmabc123" };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "a+b/c="],
    ["not JSON", Buffer.from("hello").toString("base64url")],
    ["wrong shape", Buffer.from('{"createdAt":"2026-01-01T00:00:00Z"}').toString("base64url")],
    ["bad date", Buffer.from('["2026-13-01T00:00:00Z","x"]').toString("base64url")],
  ])("refuse a cursor that is %s with 400", (_, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
  });
});

describe("pageBody", () => {
  it("gives the last item's cursor only when there is more", () => {
    const items = [
      { createdAt: new Date("2026-01-02T00:00:00Z"), id: "b" },
      { createdAt: new Date("2026-01-01T00:00:00Z"), id: "a" },
    ];
    expect(pageBody({ items, hasMore: false }, (item) => item.id)).toEqual({
      data: ["b", "a"],
      pagination: { nextCursor: null, hasMore: false },
    });
    const more = pageBody({ items, hasMore: true }, (item) => item.id);
    expect(decodeCursor(more.pagination.nextCursor!)).toEqual(items[1]);
  });
});
