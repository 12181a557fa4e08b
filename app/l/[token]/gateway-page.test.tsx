import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { createTestBusiness, createTestWorkflow } from "@/server/testing/factories";

// Drives the Gateway page and its server actions against the real database. Next's request
// APIs are replaced by a cookie jar, fixed headers and a redirect that throws what it was given.

const next = vi.hoisted(() => {
  class Redirect extends Error {
    constructor(readonly url: string) {
      super(`redirect to ${url}`);
    }
  }
  return {
    Redirect,
    jar: new Map<string, { value: string; options?: Record<string, unknown> }>(),
    refresh: { calls: 0 },
  };
});

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (next.jar.has(name) ? { name, value: next.jar.get(name)!.value } : undefined),
    set: (name: string, value: string, options?: Record<string, unknown>) => next.jar.set(name, { value, options }),
  }),
  // The phone claimed 198.51.100.9; the one trusted proxy (TRUSTED_PROXY_HOPS=1 below) appended what it saw.
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.9, 203.0.113.7", "user-agent": "Vitest phone" }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new next.Redirect(url);
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
vi.mock("next/cache", () => ({ refresh: () => void next.refresh.calls++ }));
vi.mock("@/components/gateway/auto-refresh", () => ({ AutoRefresh: () => null }));

const { default: GatewayPage } = await import("./page");
const actions = await import("./actions");
const { passcodeAction } = await import("./gate-actions");
const { EMPTY_FORM_STATE } = await import("@/components/gateway/form-state");

const render = async (token: string, query: Record<string, string> = {}) =>
  renderToStaticMarkup(await GatewayPage({ params: Promise.resolve({ token }), searchParams: Promise.resolve(query) }));

const form = (entries: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) for (const v of [value].flat()) data.append(name, v);
  return data;
};

/** Runs an action that should succeed: it ends by redirecting back to the link. */
const expectRedirect = async (run: Promise<unknown>, token: string) => {
  await expect(run).rejects.toMatchObject({ url: `/l/${token}` });
};

const openFirstStep = async (workflowId: string) => {
  await db().workflowStep.updateMany({ where: { workflowId, position: 0 }, data: { status: "COMPLETED" } });
  await db().workflowStep.updateMany({ where: { workflowId, position: 1 }, data: { status: "ACTIVE" } });
};

beforeEach(() => {
  next.jar.clear();
  next.refresh.calls = 0;
});

beforeAll(() => {
  process.env.TRUSTED_PROXY_HOPS = "1";
  resetEnvForTests();
});
afterAll(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
  resetEnvForTests();
});

describe("the Gateway page", () => {
  it("answers any malformed or unknown token with a 404, never an error", async () => {
    for (const token of [
      "garbage",
      "x".repeat(5000),
      "ü🙂-ünïcode",
      "\u0000",
      "%00",
      "../../etc/passwd",
      "A".repeat(43),
      "",
    ]) {
      await expect(render(token), token.slice(0, 20)).rejects.toThrow("NEXT_NOT_FOUND");
    }
  });

  it("gives expired, cancelled and answered links their own page that reveals nothing", async () => {
    const business = await createTestBusiness({ name: "Secretive Co" });
    const expired = await createTestWorkflow(business.id, { title: "Expired rent" });
    await db().workflow.update({ where: { id: expired.workflow.id }, data: { expireAt: new Date(Date.now() - 1000) } });
    const cancelled = await createTestWorkflow(business.id, { title: "Cancelled rent" });
    await db().workflow.update({ where: { id: cancelled.workflow.id }, data: { status: "CANCELLED" } });
    const completed = await createTestWorkflow(business.id, { title: "Completed rent" });
    await db().workflow.update({ where: { id: completed.workflow.id }, data: { status: "COMPLETED" } });

    const pages = {
      expired: await render(expired.token),
      cancelled: await render(cancelled.token),
      completed: await render(completed.token),
    };
    expect(pages.expired).toContain("This link has expired");
    expect(pages.cancelled).toContain("This request was cancelled");
    expect(pages.completed).toContain("This request is complete");
    for (const html of Object.values(pages)) {
      expect(html).not.toMatch(/Secretive Co|rent|\$|125/);
    }
  });

  it("walks a passcode-protected request from the gate to the payment's status", async () => {
    const business = await createTestBusiness({ name: "Gateway Co" });
    const { token, workflow, passcode } = await createTestWorkflow(business.id, { authentication: "PASSCODE" });
    const workflowId = workflow.id;

    // The gate shows nothing about the request, and opening the link is recorded.
    const gate = await render(token);
    expect(gate).toContain("Enter your passcode");
    expect(gate).toMatch(/<input[^>]*name="code"[^>]*>/);
    expect(gate).toContain('inputMode="numeric"');
    expect(gate).toContain('autoComplete="one-time-code"');
    expect(gate).not.toMatch(/Gateway Co|Rent for March/);
    expect(
      (await db().workflow.findUniqueOrThrow({ where: { id: workflowId }, select: { openedAt: true } })).openedAt,
    ).toBeInstanceOf(Date);

    // Actions refuse to work behind the gate.
    await expectRedirect(
      actions.submitCustomerAccountAction(token, EMPTY_FORM_STATE, form({ firstName: "A", lastName: "B" })),
      token,
    );

    const wrong = passcode === "000000" ? "111111" : "000000";
    expect((await passcodeAction(token, EMPTY_FORM_STATE, form({ code: wrong }))).fieldErrors.code).toMatch(
      /4 attempts left/,
    );
    expect((await passcodeAction(token, EMPTY_FORM_STATE, form({ code: "123" }))).fieldErrors.code).toMatch(/6 digits/);
    expect(
      (await db().workflow.findUniqueOrThrow({ where: { id: workflowId }, select: { failedAttempts: true } }))
        .failedAttempts,
    ).toBe(1);
    await expectRedirect(passcodeAction(token, EMPTY_FORM_STATE, form({ code: passcode! })), token);
    expect(next.jar.get("lx_gateway")?.options).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: `/l/${token}`,
      maxAge: 1800,
    });
    // Unused for 31 minutes the cookie opens nothing, whatever the browser kept: the server checks.
    const unlocked = next.jar.get("lx_gateway")!;
    const { gatewaySessionValue } = await import("@/server/auth/gateway-session");
    const key = await db().workflow.findUniqueOrThrow({
      where: { id: workflowId },
      select: { authentication: true, passcodeHash: true },
    });
    next.jar.set("lx_gateway", { value: gatewaySessionValue(workflowId, key, Date.now() - 31 * 60_000) });
    expect(await render(token)).toContain("Enter your passcode");
    next.jar.set("lx_gateway", unlocked);

    expect(await render(token)).toContain("Your request is almost ready");
    await openFirstStep(workflowId);

    // customer-account
    let html = await render(token);
    expect(html).toContain("Gateway Co");
    expect(html).toContain("Step 1 of 5");
    expect(html).toContain('role="progressbar"');
    expect(html).toContain("Create your account");
    expect(html).toMatch(/<label for="f-firstName"[^>]*>First name<\/label>/);
    let state = await actions.submitCustomerAccountAction(
      token,
      EMPTY_FORM_STATE,
      form({ firstName: "", lastName: "Lovelace", email: "nope" }),
    );
    expect(state.fieldErrors).toMatchObject({
      firstName: "Enter your first name",
      email: expect.stringContaining("email"),
    });
    expect(state.values).toEqual({ firstName: "", lastName: "Lovelace", email: "nope" });
    await expectRedirect(
      actions.submitCustomerAccountAction(
        token,
        EMPTY_FORM_STATE,
        form({ firstName: "Ada", lastName: "Lovelace", email: "" }),
      ),
      token,
    );

    // enhance-profile: only the asked fields
    html = await render(token);
    expect(html).toContain("Step 2 of 5");
    expect(html).toContain('name="dateOfBirth"');
    expect(html).toContain('name="addresses.PHYSICAL.line1"');
    expect(html).not.toContain('name="salutation"');
    expect(html).not.toContain("addresses.MAILING");
    const address = {
      "addresses.PHYSICAL.line1": "1 Main St",
      "addresses.PHYSICAL.line2": "",
      "addresses.PHYSICAL.city": "Springfield",
      "addresses.PHYSICAL.region": "",
      "addresses.PHYSICAL.postalCode": "12345",
      "addresses.PHYSICAL.country": "US",
    };
    state = await actions.submitEnhancedProfileAction(
      token,
      EMPTY_FORM_STATE,
      form({ ...address, dateOfBirth: "", "addresses.PHYSICAL.city": "" }),
    );
    expect(state.fieldErrors).toMatchObject({
      dateOfBirth: expect.any(String),
      "addresses.PHYSICAL.city": "Enter the city",
    });
    expect(state.values?.["addresses.PHYSICAL.line1"]).toBe("1 Main St");
    await expectRedirect(
      actions.submitEnhancedProfileAction(token, EMPTY_FORM_STATE, form({ ...address, dateOfBirth: "1990-04-25" })),
      token,
    );

    // financial-account (CHECKING): numbers are never echoed back
    html = await render(token);
    expect(html).toContain("Routing number");
    state = await actions.addFinancialAccountAction(
      token,
      EMPTY_FORM_STATE,
      form({ kind: "bank", holderName: "Ada Lovelace", routingNumber: "021000022", accountNumber: "000123456789" }),
    );
    expect(state.fieldErrors.routingNumber).toMatch(/not valid/);
    expect(JSON.stringify(state)).not.toContain("000123456789");
    await expectRedirect(
      actions.addFinancialAccountAction(
        token,
        EMPTY_FORM_STATE,
        form({ kind: "bank", holderName: "Ada Lovelace", routingNumber: "021000021", accountNumber: "000123456789" }),
      ),
      token,
    );

    // document-acceptance: each document readable, each accepted by its version
    html = await render(token);
    expect(html).toContain("Be kind.");
    expect(html).toContain("I have read and accept the Terms of Service");
    const versionIds = [...html.matchAll(/name="documentVersionIds" value="([^"]+)"/g)].map((m) => m[1]!);
    expect(versionIds).toHaveLength(2);
    state = await actions.acceptDocumentsAction(
      token,
      EMPTY_FORM_STATE,
      form({ documentVersionIds: [versionIds[0]!] }),
    );
    expect(state.formError).toBe("Accept every document");
    await expectRedirect(
      actions.acceptDocumentsAction(token, EMPTY_FORM_STATE, form({ documentVersionIds: versionIds })),
      token,
    );
    const acceptance = await db().documentAcceptance.findFirstOrThrow({
      where: { workflowId },
      select: { ipAddress: true, userAgent: true },
    });
    expect(acceptance).toEqual({ ipAddress: "203.0.113.7", userAgent: "Vitest phone" });

    // move-money: review, confirm, then the answered page with the payment's status
    html = await render(token);
    expect(html).toContain("Step 5 of 5");
    expect(html).toContain("Gateway Co requests $125.00 from Checking account •••• 6789");
    expect(next.jar.has("lx_gateway_answered")).toBe(false);
    await expectRedirect(actions.confirmPaymentAction(token, EMPTY_FORM_STATE, form({})), token);
    expect(next.jar.get("lx_gateway_answered")?.options).toMatchObject({ httpOnly: true, path: `/l/${token}` });
    html = await render(token);
    expect(html).toContain("Thank you, you&#x27;re all set");
    expect(html).toContain("Received");
    expect(html).toContain("Refresh status");

    await db().transaction.updateMany({ where: { workflowId }, data: { status: "CLEARED" } });
    html = await render(token);
    expect(html).toContain("Complete");
    expect(html).not.toContain("Refresh status");

    // Another browser, without the answered mark or with a made-up one, learns nothing.
    for (const mark of [undefined, "forged", next.jar.get("lx_gateway")!.value]) {
      if (mark === undefined) next.jar.delete("lx_gateway_answered");
      else next.jar.set("lx_gateway_answered", { value: mark });
      html = await render(token);
      expect(html).toContain("This request is complete");
      expect(html).not.toMatch(/Gateway Co|125/);
    }
  });

  it("declines with a reason, and OTHER needs words", async () => {
    const business = await createTestBusiness({ name: "Decline Co" });
    const { token, workflow } = await createTestWorkflow(business.id);
    await openFirstStep(workflow.id);

    const html = await render(token, { decline: "1", reason: "INCORRECT_AMOUNT" });
    expect(html).toContain("Decline this request");
    expect(html).toMatch(/<input id="f-reason-INCORRECT_AMOUNT"[^>]*checked=""/);
    expect(html).not.toMatch(/<input id="f-reason-OTHER"[^>]*checked=""/);
    expect(html).toMatch(/<label for="f-text"/);

    const state = await actions.declineAction(token, EMPTY_FORM_STATE, form({ reason: "OTHER", text: "" }));
    expect(state.fieldErrors.text).toBe("Tell us why");
    expect(state.values).toEqual({ reason: "OTHER", text: "" });
    await expectRedirect(
      actions.declineAction(token, EMPTY_FORM_STATE, form({ reason: "OTHER", text: "I moved out" })),
      token,
    );
    expect(
      await db().workflow.findUniqueOrThrow({
        where: { id: workflow.id },
        select: { status: true, declineReason: true, declineReasonText: true },
      }),
    ).toEqual({
      status: "DECLINED",
      declineReason: "OTHER",
      declineReasonText: "I moved out",
    });
    expect(await render(token)).toContain("You declined this request");
    // The link is now spent: further actions only send the browser back to it.
    await expectRedirect(actions.confirmPaymentAction(token, EMPTY_FORM_STATE, form({})), token);
  });

  it("answers an action for a step that is not current with a message and a refresh", async () => {
    const business = await createTestBusiness();
    const { token, workflow } = await createTestWorkflow(business.id);
    await openFirstStep(workflow.id);
    const account = form({ firstName: "Ada", lastName: "Lovelace" });
    await expectRedirect(actions.submitCustomerAccountAction(token, EMPTY_FORM_STATE, account), token);
    // A second tab submits the same step again.
    const state = await actions.submitCustomerAccountAction(token, EMPTY_FORM_STATE, account);
    expect(state.formError).toMatch(/not the current one/);
    expect(state.values).toEqual({ firstName: "Ada", lastName: "Lovelace" });
    expect(next.refresh.calls).toBe(1);
  });
});
