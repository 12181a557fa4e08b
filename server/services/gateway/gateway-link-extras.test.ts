import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { createTestBusiness, createTestWorkflow } from "../../testing/factories";
import { declineWorkflow } from "./decline-workflow";
import { findAnsweredLink } from "./find-answered-link";
import { getLinkGate } from "./get-link-gate";
import { markWorkflowOpened } from "./mark-workflow-opened";

const actor = { type: "CUSTOMER" as const, ipAddress: "203.0.113.9" };

describe("the Gateway's link helpers", () => {
  it("marks a workflow opened once, keeping the first time, with one audit entry", async () => {
    const business = await createTestBusiness();
    const { workflow } = await createTestWorkflow(business.id);
    expect(await markWorkflowOpened({ workflowId: workflow.id, actor })).toEqual({ firstOpen: true });
    const first = await db().workflow.findUniqueOrThrow({ where: { id: workflow.id }, select: { openedAt: true } });
    expect(first.openedAt).toBeInstanceOf(Date);
    expect(await markWorkflowOpened({ workflowId: workflow.id, actor })).toEqual({ firstOpen: false });
    const second = await db().workflow.findUniqueOrThrow({ where: { id: workflow.id }, select: { openedAt: true } });
    expect(second.openedAt).toEqual(first.openedAt);
    const audit = await db().auditLog.findMany({ where: { targetId: workflow.id, action: "workflow.opened" }, select: { actorType: true, ipAddress: true } });
    expect(audit).toEqual([{ actorType: "CUSTOMER", ipAddress: "203.0.113.9" }]);
  });

  it("gives each link's gate: which proof it asks for and where a code would go", async () => {
    const business = await createTestBusiness();
    const withPasscode = await createTestWorkflow(business.id, { authentication: "PASSCODE" });
    const without = await createTestWorkflow(business.id);
    const gate = await getLinkGate(withPasscode.workflow.id);
    expect(gate).toMatchObject({ authentication: "PASSCODE", lockedUntil: null, codeLive: false, phoneLastFour: withPasscode.workflow.phoneNumber.slice(-4) });
    expect(gate?.passcodeHash).toMatch(/^\$2/);
    expect(await getLinkGate(without.workflow.id)).toMatchObject({ authentication: "NONE", passcodeHash: null });
    expect(await getLinkGate("no-such-workflow")).toBeNull();
  });

  it("finds an answered link, and nothing for active, malformed or unknown ones", async () => {
    const business = await createTestBusiness();
    const { token, workflow } = await createTestWorkflow(business.id);
    expect(await findAnsweredLink(token)).toBeNull();
    await declineWorkflow({ workflowId: workflow.id, input: { reason: "NO_LONGER_NEEDED" }, actor });
    expect(await findAnsweredLink(token)).toEqual({ workflowId: workflow.id });
    expect(await findAnsweredLink("x".repeat(43))).toBeNull();
    expect(await findAnsweredLink("%00")).toBeNull();
  });
});
