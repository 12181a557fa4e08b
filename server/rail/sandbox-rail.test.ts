import { describe, expect, it } from "vitest";
import type { RailTransaction } from "./rail";
import { sandboxRail } from "./sandbox-rail";

const walk = (amount: string, transactionType: RailTransaction["transactionType"]) => {
  const seen: string[] = [];
  let transaction: RailTransaction = { id: "t", status: "NEW", amount, transactionType };
  for (let next = sandboxRail.nextStep(transaction); next; next = sandboxRail.nextStep(transaction)) {
    seen.push(next.status);
    transaction = { ...transaction, status: next.status };
  }
  return seen;
};

describe("sandbox rail", () => {
  it("settles a SEND and clears a REQUEST", () => {
    expect(walk("25.00", "SEND")).toEqual(["PENDING", "PROCESSING", "SETTLED"]);
    expect(walk("25.00", "REQUEST")).toEqual(["PENDING", "PROCESSING", "CLEARED"]);
  });

  it("fails on the documented magic amounts", () => {
    expect(walk("13.13", "REQUEST")).toEqual(["PENDING", "DECLINED"]);
    expect(walk("66.66", "SEND")).toEqual(["PENDING", "PROCESSING", "ERROR"]);
    expect(walk("99.99", "REQUEST")).toEqual(["PENDING", "PROCESSING", "CLEARED", "REVERSED"]);
  });
});
