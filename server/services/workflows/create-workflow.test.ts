import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/server/db";
import { isAppError } from "@/server/errors";
import { SYSTEM } from "@/server/services/actor";
import { createTestBusiness, createTestWorkflow, fullSteps, randomPhone } from "@/server/testing/factories";
import { cancelWorkflow } from "./cancel-workflow";
import { createWorkflow } from "./create-workflow";
import type { CreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { extendWorkflow } from "./extend-workflow";
import { resendWorkflow } from "./resend-workflow";

const notification = { name: "notification" as const, parameters: { phoneNumber: "+14155550100" } };
const invalid = async (businessId: string, input: Partial<CreateWorkflowInput>) => {
  try {
    await createWorkflow({ businessId, actor: SYSTEM, input: { title: "x", steps: fullSteps(), ...input } });
  } catch (error) {
    return error;
  }
  throw new Error("expected createWorkflow to refuse the input");
};
const paths = (error: unknown) =>
  error instanceof ZodError
    ? error.issues.map((i) => i.path.join("."))
    : (isAppError(error) ? error.problems : []).map((d) => d.path);

describe("createWorkflow", () => {
  it("creates an ACTIVE workflow with ordered steps, a hashed token and its jobs in one go", async () => {
    const business = await createTestBusiness();
    const { workflow, token } = await createTestWorkflow(business.id, { expireInHours: 48 });
    expect(workflow.status).toBe("ACTIVE");
    expect(workflow.steps.map((s) => s.stepName)).toEqual([
      "notification",
      "customer-account",
      "enhance-profile",
      "financial-account",
      "document-acceptance",
      "move-money",
    ]);
    expect(workflow.currentStep).toBe("notification");
    expect(new Date(workflow.expireAt).getTime() - Date.now()).toBeGreaterThan(47.9 * 3_600_000);
    const row = await db().workflow.findUniqueOrThrow({
      where: { id: workflow.id },
      select: { tokenHash: true, linkNonce: true },
    });
    expect(row.tokenHash).not.toContain(token);
    expect(row.linkNonce).not.toBe(token);
    const jobs = await db().scheduledJob.findMany({
      where: { subjectId: workflow.id },
      select: { kind: true },
      orderBy: { runAt: "asc" },
    });
    expect(jobs.map((j) => j.kind)).toEqual(["WORKFLOW_SEND", "WORKFLOW_EXPIRE"]);
  });

  it("defaults the expiry to the business's (90 days)", async () => {
    const business = await createTestBusiness();
    const { workflow } = await createTestWorkflow(business.id);
    const days = (new Date(workflow.expireAt).getTime() - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(90);
  });

  it("refuses invalid combinations, naming the field", async () => {
    const { id } = await createTestBusiness();
    const cases: [Partial<CreateWorkflowInput>, string][] = [
      [{ title: "t".repeat(201) }, "title"],
      [{ title: "   " }, "title"],
      [{ expireInHours: 0 }, "expireInHours"],
      [
        {
          steps: [
            notification,
            { name: "customer-account", parameters: {} },
            { name: "lookup-profile", parameters: { customerId: "c1" } },
          ],
        },
        "steps",
      ],
      [
        {
          steps: [
            notification,
            { name: "customer-account", parameters: {} },
            { name: "move-money", parameters: { transactionType: "SEND", solution: "ach", amount: "5.00" } },
          ],
        },
        "steps.2.name",
      ],
      [
        {
          steps: [
            notification,
            { name: "customer-account", parameters: {} },
            { name: "financial-account", parameters: { financialAccountSubType: "CHECKING" } },
            { name: "move-money", parameters: { transactionType: "SEND", solution: "ach", amount: "0.00" } },
          ],
        },
        "steps.3.parameters.amount",
      ],
      [
        {
          steps: [
            { name: "notification", parameters: { phoneNumber: "555-0100" } },
            { name: "customer-account", parameters: {} },
          ],
        },
        "steps.0.parameters.phoneNumber",
      ],
      [{ steps: [{ name: "customer-account", parameters: {} }, notification] }, "steps.0.name"],
      [
        {
          steps: [
            notification,
            { name: "customer-account", parameters: {} },
            { name: "document-acceptance", parameters: { documents: [{ documentId: "no-such-doc" }] } },
          ],
        },
        "steps.2.parameters.documents.0.documentId",
      ],
      [
        { steps: [notification, { name: "lookup-profile", parameters: { customerId: "not-a-customer" } }] },
        "steps.1.parameters.customerId",
      ],
      [
        { steps: [notification, { name: "customer-account", parameters: { extra: 1 } as never }] },
        "steps.1.parameters",
      ],
    ];
    for (const [input, path] of cases) {
      const error = await invalid(id, input);
      expect(paths(error), JSON.stringify(input).slice(0, 120)).toContain(path);
    }
    expect(await db().workflow.count({ where: { businessId: id } })).toBe(0);
  });

  it("resends, extends and cancels only while ACTIVE", async () => {
    const business = await createTestBusiness();
    const { workflow } = await createTestWorkflow(business.id, {
      steps: [
        { name: "notification", parameters: { phoneNumber: randomPhone() } },
        { name: "customer-account", parameters: {} },
      ],
    });
    const args = { businessId: business.id, workflowId: workflow.id, actor: SYSTEM };
    expect((await resendWorkflow(args)).status).toBe("ACTIVE");
    expect(
      await db().scheduledJob.count({
        where: { subjectId: workflow.id, kind: "WORKFLOW_SEND", payload: { path: ["origin"], equals: "MANUAL" } },
      }),
    ).toBe(1);
    const extended = await extendWorkflow({ ...args, expireInHours: 24 * 30 });
    expect(Math.round((new Date(extended.expireAt).getTime() - Date.now()) / 86_400_000)).toBe(30);
    await expect(extendWorkflow({ ...args, expireInHours: 0 })).rejects.toMatchObject({ code: "UNPROCESSABLE" });
    expect((await cancelWorkflow(args)).status).toBe("CANCELLED");
    await expect(cancelWorkflow(args)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(resendWorkflow(args)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(extendWorkflow({ ...args, expireInHours: 5 })).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await createTestBusiness();
    await expect(cancelWorkflow({ ...args, businessId: other.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
