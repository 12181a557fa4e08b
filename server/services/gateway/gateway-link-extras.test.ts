import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { answeredMarkValue } from "@/server/auth/gateway-answered-mark";
import { gatewaySessionValue } from "@/server/auth/gateway-session";
import { createTestBusiness, createTestWorkflow } from "@/server/testing/factories";
import { declineWorkflow } from "./decline-workflow";
import { openGatewayLink } from "./open-gateway-link";
import { readGatewayLink } from "./read-gateway-link";

const actor = { type: "CUSTOMER" as const, ipAddress: "203.0.113.9" };

const openedOf = async (workflowId: string) => {
  const row = await db().workflow.findUniqueOrThrow({ where: { id: workflowId }, select: { openedAt: true } });
  const audit = await db().auditLog.findMany({
    where: { targetId: workflowId, action: "workflow.opened" },
    select: { actorType: true, ipAddress: true },
  });
  return { openedAt: row.openedAt, audit };
};

describe("a Gateway link, read once per view", () => {
  it("records the first view of a live link once, keeping the first time, with one audit entry", async () => {
    const business = await createTestBusiness();
    const { workflow, token } = await createTestWorkflow(business.id);
    const first = await openGatewayLink({ token, proof: {}, actor });
    expect(first).toMatchObject({
      kind: "open",
      workflowId: workflow.id,
      view: { title: "Rent for March", businessName: business.name },
    });
    const once = await openedOf(workflow.id);
    expect(once.openedAt).toBeInstanceOf(Date);
    expect(once.audit).toEqual([{ actorType: "CUSTOMER", ipAddress: "203.0.113.9" }]);
    // Two views at once and a later one: still the first time, one entry.
    await Promise.all([openGatewayLink({ token, proof: {}, actor }), openGatewayLink({ token, proof: {}, actor })]);
    expect(await openedOf(workflow.id)).toEqual(once);
  });

  it("records a view of the gate, but shows nothing of the request before the passcode", async () => {
    const business = await createTestBusiness();
    const { workflow, token } = await createTestWorkflow(business.id, { authentication: "PASSCODE" });
    const gated = await openGatewayLink({ token, proof: {}, actor });
    expect(gated).toMatchObject({ kind: "passcode", workflowId: workflow.id, lockedUntil: null });
    expect(gated).not.toHaveProperty("view");
    expect((await openedOf(workflow.id)).audit).toHaveLength(1);
    const gate = await db().workflow.findUniqueOrThrow({
      where: { id: workflow.id },
      select: { authentication: true, passcodeHash: true },
    });
    expect(gate.passcodeHash).toMatch(/^\$2/);
    // The session cookie a right passcode earns opens it; one for another workflow does not.
    expect(
      await openGatewayLink({ token, proof: { session: gatewaySessionValue(workflow.id, gate) }, actor }),
    ).toMatchObject({ kind: "open", view: { title: "Rent for March" } });
    expect(
      (await readGatewayLink({ token, proof: { session: gatewaySessionValue("another", gate) } })).access.kind,
    ).toBe("passcode");
  });

  it("shows an answered link only to the browser holding its mark, and records no view of an ended link", async () => {
    const business = await createTestBusiness();
    const { token, workflow } = await createTestWorkflow(business.id, { locale: "es" });
    await declineWorkflow({ workflowId: workflow.id, input: { reason: "NO_LONGER_NEEDED" }, actor });
    expect(await openGatewayLink({ token, proof: {}, actor })).toEqual({
      kind: "ended",
      state: "finished",
      locale: "es",
    });
    expect(await openGatewayLink({ token, proof: { answered: answeredMarkValue("another") }, actor })).toMatchObject({
      kind: "ended",
    });
    expect(await openGatewayLink({ token, proof: { answered: answeredMarkValue(workflow.id) }, actor })).toMatchObject({
      kind: "answered",
      locale: "es",
      view: { status: "DECLINED" },
    });
    expect((await openedOf(workflow.id)).openedAt).toBeNull();
  });
});
