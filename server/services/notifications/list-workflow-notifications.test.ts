import { describe, expect, it } from "vitest";
import { runDueJobs } from "@/server/jobs/run-due-jobs";
import { createTestBusiness, createTestWorkflow, randomPhone } from "@/server/testing/factories";
import { SYSTEM } from "@/server/services/actor";
import type { CreateWorkflowInput } from "@/server/contracts/workflows/create-workflow-input";
import { resendWorkflow } from "@/server/services/workflows/resend-workflow";
import { listWorkflowNotifications } from "./list-workflow-notifications";

const twoSteps = (): CreateWorkflowInput["steps"] => [
  { name: "notification", parameters: { phoneNumber: randomPhone() } },
  { name: "customer-account", parameters: {} },
];

describe("listWorkflowNotifications", () => {
  it("lists the workflow's texts in sending order, without their bodies", async () => {
    const business = await createTestBusiness({ name: "History Co" });
    const { workflow } = await createTestWorkflow(business.id, { steps: twoSteps() });
    const { workflow: another } = await createTestWorkflow(business.id, { steps: twoSteps() });
    await runDueJobs({ businessId: business.id });
    await resendWorkflow({ businessId: business.id, workflowId: workflow.id, actor: { type: "USER", id: "user-1" } });
    await runDueJobs({ businessId: business.id });

    const history = await listWorkflowNotifications({ businessId: business.id, workflowId: workflow.id });
    expect(
      history.map(({ serial, origin, notifiedBy, toNumber }) => ({ serial, origin, notifiedBy, toNumber })),
    ).toEqual([
      { serial: 1, origin: "INITIAL", notifiedBy: "system", toNumber: workflow.phoneNumber },
      { serial: 2, origin: "MANUAL", notifiedBy: "user:user-1", toNumber: workflow.phoneNumber },
    ]);
    expect(history.every((text) => !("body" in text))).toBe(true);
    expect(
      (await listWorkflowNotifications({ businessId: business.id, workflowId: another.id })).map((text) => text.serial),
    ).toEqual([1]);
  });

  it("answers NOT_FOUND for another business's workflow", async () => {
    const business = await createTestBusiness();
    const other = await createTestBusiness();
    const { workflow } = await createTestWorkflow(business.id, { steps: twoSteps() });
    await expect(listWorkflowNotifications({ businessId: other.id, workflowId: workflow.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      resendWorkflow({ businessId: business.id, workflowId: workflow.id, actor: SYSTEM }),
    ).resolves.toBeDefined();
  });
});
