import { describe, expect, it } from "vitest";
import { findStep } from "@/server/contracts/workflows/step-parameters";
import { fromStepEnum, readStep, storedObject, toStepEnum } from "./stored-step";
import { STEP_ORDER } from "@/server/contracts/workflows/step-parameters";

describe("stored steps", () => {
  it("converts every step name to Prisma's enum and back", () => {
    for (const name of STEP_ORDER) expect(fromStepEnum(toStepEnum(name))).toBe(name);
    expect(toStepEnum("lookup-financial-account")).toBe("LOOKUP_FINANCIAL_ACCOUNT");
  });

  it("reads a row through the step's schema, keeping its other columns", () => {
    const step = readStep({
      id: "s1",
      status: "ACTIVE",
      name: "MOVE_MONEY",
      parameters: { transactionType: "SEND", solution: "ach", amount: "12.50" },
      data: { transactionId: "t1" },
    });
    expect(step).toEqual({
      id: "s1",
      status: "ACTIVE",
      name: "move-money",
      parameters: { transactionType: "SEND", solution: "ach", amount: "12.50", currency: "USD" },
      data: { transactionId: "t1" },
    });
    expect(findStep([step], "move-money")?.parameters.amount).toBe("12.50");
    expect(findStep([step], "financial-account")).toBeUndefined();
  });

  it("refuses a row whose parameters or data do not fit the schema", () => {
    expect(() =>
      readStep({ name: "FINANCIAL_ACCOUNT", parameters: { financialAccountSubType: "GOLD" }, data: null }),
    ).toThrow();
    expect(() =>
      readStep({
        name: "FINANCIAL_ACCOUNT",
        parameters: { financialAccountSubType: "SAVING" },
        data: { financialAccountId: 7 },
      }),
    ).toThrow();
  });

  it("passes stored objects on and anything else as null", () => {
    expect(storedObject({ a: 1 })).toEqual({ a: 1 });
    for (const value of [null, 3, "x", [1]]) expect(storedObject(value)).toBeNull();
  });
});
