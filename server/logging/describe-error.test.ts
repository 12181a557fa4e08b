import { describe, expect, it } from "vitest";
import { describeError } from "./describe-error";

describe("describeError", () => {
  it("masks phone numbers, in any common form, in the line it keeps", () => {
    const error = Object.assign(
      new Error("The 'To' number +14155550123 is not a valid phone number (also +1 (415) 555-0199)."),
      { code: 21211 },
    );
    const line = describeError(error);
    expect(line).toMatch(
      /^Error \[21211\]: The 'To' number \[number\] is not a valid phone number \(also \[number\]\)\./,
    );
    expect(line).not.toMatch(/4155550123|555-0199/);
  });

  it("leaves IP addresses and ports readable", () => {
    expect(describeError(new Error("connect ECONNREFUSED 10.0.0.5:5432"))).toContain("10.0.0.5:5432");
    expect(describeError(new Error("call 415 555-0123 or 4155550123"))).toContain("call [number] or [number]");
  });

  it("keeps only the first line of a message that quotes the arguments of a failed call", () => {
    const error = new Error(
      '\nInvalid `prisma.notification.create()` invocation:\n\n{\n  data: {\n    toNumber: "+14155550123",\n    body: "Your code is 123456"\n  }\n}\n\nUnknown argument',
    );
    const text = describeError(error);
    expect(text).toContain("Invalid `prisma.notification.create()` invocation:");
    expect(text).not.toContain("Your code is");
    expect(text).not.toContain("4155550123");
    expect(
      text
        .split("\n")
        .slice(1)
        .every((line) => /^\s+at /.test(line)),
    ).toBe(true);
  });

  it("says what was thrown when it is not an Error", () => {
    expect(describeError("+14155550123")).toBe("non-error thrown (string)");
  });
});
