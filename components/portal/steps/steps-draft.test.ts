import { describe, expect, it } from "vitest";
import { ZTemplateSteps } from "@/server/contracts/templates/template-steps";
import {
  draftSteps,
  EMPTY_STEPS,
  formProblems,
  shownProblems,
  type StepsDraft,
  stepsToDraft,
  touchedProblems,
} from "./steps-draft";

const FULL: StepsDraft = {
  ...EMPTY_STEPS,
  introductoryMessage: "Hello",
  customer: "existing",
  customerId: "cus_1",
  enhance: true,
  personalInfo: ["dateOfBirth"],
  address: ["MAILING"],
  phones: ["WORK"],
  account: "existing",
  accountId: "fa_1",
  documentIds: ["terms"],
  money: true,
  transactionType: "SEND",
  solution: "wire",
  amount: "12.50",
  description: "Refund",
  moneyMemo: "Order 7",
};

describe("the steps draft", () => {
  it("gives valid steps in the workflow's order, and a stored template's steps back into the same draft", () => {
    const steps = draftSteps(FULL);
    expect(steps.map((step) => step.name)).toEqual([
      "notification",
      "lookup-profile",
      "enhance-profile",
      "lookup-financial-account",
      "document-acceptance",
      "move-money",
    ]);
    expect(ZTemplateSteps.safeParse(steps).success).toBe(true);
    expect(stepsToDraft(steps)).toEqual(FULL);
    expect(stepsToDraft(draftSteps(EMPTY_STEPS))).toEqual(EMPTY_STEPS);
  });

  it("names each problem by the field that shows it: a parameter, a step's rule, the list's rule", () => {
    const draft = { ...EMPTY_STEPS, money: true, amount: "1.234", customer: "existing" as const, customerId: "" };
    const steps = draftSteps(draft);
    const problems = formProblems(
      ZTemplateSteps.safeParse(steps).error?.issues.map((issue) => ({ ...issue, path: ["steps", ...issue.path] })) ??
        [],
      steps,
    );
    expect(Object.keys(problems).sort()).toEqual(["lookup-profile.customerId", "move-money", "move-money.amount"]);
    expect(problems["lookup-profile.customerId"]).toBe("Required");
  });

  it("shows a field's problem once touched, the rules between steps at once, everything after a submit", () => {
    const problems = {
      title: "Required",
      "move-money.amount": "Not valid",
      "move-money": "needs an account",
      steps: "too few",
    };
    expect(Object.keys(shownProblems(problems, new Set(), false))).toEqual(["move-money", "steps"]);
    expect(Object.keys(shownProblems(problems, new Set(touchedProblems({ amount: "1" })), false))).toEqual([
      "move-money.amount",
      "move-money",
      "steps",
    ]);
    expect(shownProblems(problems, new Set(), true)).toEqual(problems);
  });
});
