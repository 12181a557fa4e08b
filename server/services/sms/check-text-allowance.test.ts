import { describe, expect, it } from "vitest";
import type { Tx } from "@/server/db";
import { checkTextAllowance, type TextAllowance } from "./check-text-allowance";

// With an allowance read already (with the API key), the check is pure: no query, the same errors.

const noDatabase = new Proxy(
  {},
  {
    get: () => {
      throw new Error("checkTextAllowance queried although it was given the allowance");
    },
  },
) as Tx;
const now = new Date("2030-01-01T10:59:30Z");
const allowance = (over: Partial<TextAllowance> = {}): TextAllowance => ({
  cap: 3,
  countries: ["US", "CA"],
  used: 0,
  windowEnd: new Date("2030-01-01T11:00:00Z"),
  ...over,
});
const check = (phoneNumber: string, given: TextAllowance, at = now) =>
  checkTextAllowance(noDatabase, {
    businessId: "b",
    phoneNumber,
    field: "steps.0.parameters.phoneNumber",
    now: at,
    allowance: given,
  });

describe("checkTextAllowance with the allowance given", () => {
  it("lets a number in an allowed country through while the hour has room", async () => {
    await expect(check("+14155550100", allowance({ used: 2 }))).resolves.toBeUndefined();
  });

  it("refuses a country the business does not allow with a 422 naming the field", async () => {
    await expect(check("+447400123456", allowance())).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      message: expect.stringContaining("does not text numbers in GB (allowed: US, CA"),
      problems: [{ path: "steps.0.parameters.phoneNumber", message: expect.stringContaining("GB") }],
    });
  });

  it("refuses at the cap with a 429 HOURLY_TEXT_CAP and the seconds left in the hour", async () => {
    await expect(check("+14155550100", allowance({ used: 3 }))).rejects.toMatchObject({
      code: "RATE_LIMITED",
      details: { reason: "HOURLY_TEXT_CAP", retryAfterSeconds: 30 },
    });
  });

  it("counts nothing read in an hour that has ended since", async () => {
    await expect(
      check("+14155550100", allowance({ used: 3 }), new Date("2030-01-01T11:00:00Z")),
    ).resolves.toBeUndefined();
  });
});
