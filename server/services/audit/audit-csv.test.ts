import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestBusiness } from "@/server/testing/factories";
import { toCsvLine } from "./audit-csv";
import { auditFiltersFromSearchParams } from "./audit-filters";
import { streamAuditCsv } from "./stream-audit-csv";

const readAll = async (stream: ReadableStream<Uint8Array>) => new Response(stream).text();

describe("audit CSV", () => {
  it("quotes commas, quotes and newlines, and defuses spreadsheet formulas", () => {
    expect(toCsvLine(["a,b", 'say "hi"', "two\nlines", null, "=HYPERLINK(1)", "-1"])).toBe(
      '"a,b","say ""hi""","two\nlines",,\'=HYPERLINK(1),\'-1\r\n',
    );
  });

  it("streams every entry of one business, newest first, across several batches, with the filters applied", async () => {
    const business = await createTestBusiness();
    const other = await createTestBusiness();
    const start = Date.now() - 10_000_000;
    await db().auditLog.createMany({
      data: Array.from({ length: 1_201 }, (_, i) => ({
        businessId: business.id,
        actorType: "SYSTEM" as const,
        action: i % 2 ? "test.odd" : "test.even",
        metadata: { i },
        createdAt: new Date(start + i * 1000),
      })),
    });
    const lines = (await readAll(streamAuditCsv({ businessId: business.id, filters: { action: "test.even" } })))
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("time_utc,actor_type,actor_id,actor,action,target_type,target_id,ip_address,details");
    expect(lines).toHaveLength(1 + 601);
    expect(lines[1]).toContain('"{""i"":1200}"');
    expect(lines.at(-1)).toContain('"{""i"":0}"');
    const foreign = await readAll(streamAuditCsv({ businessId: other.id, filters: { action: "test.even" } }));
    expect(foreign.trimEnd().split("\r\n")).toHaveLength(1);
  });

  it("reads filters from the page's URL and refuses bad ones", () => {
    expect(auditFiltersFromSearchParams(new URLSearchParams("actor=USER:u1&action=&from=2026-01-01"))).toMatchObject({
      success: true,
      data: { actorType: "USER", actorId: "u1", from: "2026-01-01" },
    });
    expect(auditFiltersFromSearchParams(new URLSearchParams("actor=NOBODY")).success).toBe(false);
    expect(auditFiltersFromSearchParams(new URLSearchParams("from=yesterday")).success).toBe(false);
  });
});
