import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GatewayDocument } from "@/components/gateway/screens/gateway-document";
import { gatewaySessionValue } from "@/server/auth/gateway-session";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { createTestBusiness, createTestWorkflow } from "@/server/testing/factories";
import { type GatewayAnswer, serveGatewayPage } from "./serve-gateway-page";

// Drives the Gateway's pages and forms as a browser would, with plain Requests against the real
// database: a cookie jar, a phone behind one trusted proxy, forms posted as urlencoded bodies.

const HOST = "linx.test";
/** The cookies this "browser" holds, and the Set-Cookie each last came with. */
const jar = new Map<string, { value: string; header: string }>();

const send = async (
  token: string,
  init: {
    query?: Record<string, string>;
    form?: Record<string, string | string[]>;
    headers?: Record<string, string>;
    method?: string;
  } = {},
) => {
  const headers = new Headers({
    host: HOST,
    // The phone claimed 198.51.100.9; the one trusted proxy (TRUSTED_PROXY_HOPS=1 below) appended what it saw.
    "x-forwarded-for": "198.51.100.9, 203.0.113.7",
    "user-agent": "Vitest phone",
    cookie: [...jar].map(([name, { value }]) => `${name}=${value}`).join("; "),
  });
  let body: string | undefined;
  if (init.form) {
    headers.set("content-type", "application/x-www-form-urlencoded");
    headers.set("origin", `http://${HOST}`);
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(init.form)) for (const v of [value].flat()) params.append(name, v);
    body = params.toString();
  }
  for (const [name, value] of Object.entries(init.headers ?? {})) headers.set(name, value);
  const search = init.query ? `?${new URLSearchParams(init.query)}` : "";
  const request = new Request(`http://${HOST}/l/${encodeURIComponent(token)}${search}`, {
    method: init.method ?? (init.form ? "POST" : "GET"),
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const answer = await serveGatewayPage(request, token);
  for (const header of answer.setCookies) {
    const [pair = ""] = header.split(";");
    const at = pair.indexOf("=");
    jar.set(pair.slice(0, at), { value: decodeURIComponent(pair.slice(at + 1)), header });
  }
  return answer;
};

const html = (answer: GatewayAnswer) => {
  if (answer.kind !== "page") throw new Error(`expected a page, got a redirect to ${answer.location}`);
  return renderToStaticMarkup(<GatewayDocument page={answer.props} styles="" nonce="test-nonce" />);
};

const render = async (token: string, query: Record<string, string> = {}) => html(await send(token, { query }));

/** Posts a form; returns the form's state when the page comes back with problems. */
const post = async (token: string, intent: string, fields: Record<string, string | string[]> = {}) => {
  const answer = await send(token, { form: { intent, ...fields } });
  if (answer.kind === "redirect") return { redirect: answer.location } as const;
  return { status: answer.status, state: answer.props.posted?.state, page: answer } as const;
};

/** Posts a form that should succeed: it ends by sending the browser back to the link (303). */
const expectBack = async (token: string, intent: string, fields: Record<string, string | string[]> = {}) => {
  expect(await post(token, intent, fields)).toEqual({ redirect: `/l/${token}` });
};

/** Posts a form that should come back with problems, and returns them. */
const expectProblems = async (token: string, intent: string, fields: Record<string, string | string[]> = {}) => {
  const result = await post(token, intent, fields);
  if ("redirect" in result) throw new Error(`expected problems, was sent to ${result.redirect}`);
  expect(result.status).toBeGreaterThanOrEqual(400);
  expect(result.status).toBeLessThan(500);
  return result.state!;
};

const openFirstStep = async (workflowId: string) => {
  await db().workflowStep.updateMany({ where: { workflowId, position: 0 }, data: { status: "COMPLETED" } });
  await db().workflowStep.updateMany({ where: { workflowId, position: 1 }, data: { status: "ACTIVE" } });
};

beforeEach(() => {
  jar.clear();
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
      const answer = await send(token);
      expect(answer.kind === "page" && answer.status, token.slice(0, 20)).toBe(404);
      expect(html(answer)).toContain("We can&#x27;t find this link");
      // A post to it changes nothing and sends the browser back to the 404.
      expect(await post(token, "confirm-payment")).toEqual({ redirect: `/l/${encodeURIComponent(token)}` });
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
    await expectBack(token, "customer-account", { firstName: "A", lastName: "B" });

    const wrong = passcode === "000000" ? "111111" : "000000";
    expect((await expectProblems(token, "passcode", { code: wrong })).fieldErrors.code).toMatch(/4 attempts left/);
    expect((await expectProblems(token, "passcode", { code: "123" })).fieldErrors.code).toMatch(/6 digits/);
    expect(
      (await db().workflow.findUniqueOrThrow({ where: { id: workflowId }, select: { failedAttempts: true } }))
        .failedAttempts,
    ).toBe(1);
    await expectBack(token, "passcode", { code: passcode! });
    const session = jar.get("lx_gateway")?.header ?? "";
    for (const attribute of ["HttpOnly", "SameSite=Lax", `Path=/l/${token}`, "Max-Age=1800"])
      expect(session).toContain(attribute);
    // Unused for 31 minutes the cookie opens nothing, whatever the browser kept: the server checks.
    const unlocked = jar.get("lx_gateway")!;
    const key = await db().workflow.findUniqueOrThrow({
      where: { id: workflowId },
      select: { authentication: true, passcodeHash: true },
    });
    jar.set("lx_gateway", { value: gatewaySessionValue(workflowId, key, Date.now() - 31 * 60_000), header: "" });
    expect(await render(token)).toContain("Enter your passcode");
    jar.set("lx_gateway", unlocked);

    expect(await render(token)).toContain("Your request is almost ready");
    await openFirstStep(workflowId);

    // customer-account
    let html = await render(token);
    expect(html).toContain("Gateway Co");
    expect(html).toContain("Step 1 of 5");
    expect(html).toContain('role="progressbar"');
    expect(html).toContain("Create your account");
    expect(html).toMatch(/<label for="f-firstName"[^>]*>First name<\/label>/);
    let state = await expectProblems(token, "customer-account", { firstName: "", lastName: "Lovelace", email: "nope" });
    expect(state.fieldErrors).toMatchObject({
      firstName: "Enter your first name",
      email: expect.stringContaining("email"),
    });
    expect(state.values).toEqual({ firstName: "", lastName: "Lovelace", email: "nope" });
    await expectBack(token, "customer-account", { firstName: "Ada", lastName: "Lovelace", email: "" });

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
    state = await expectProblems(token, "enhance-profile", {
      ...address,
      dateOfBirth: "",
      "addresses.PHYSICAL.city": "",
    });
    expect(state.fieldErrors).toMatchObject({
      dateOfBirth: expect.any(String),
      "addresses.PHYSICAL.city": "Enter the city",
    });
    expect(state.values?.["addresses.PHYSICAL.line1"]).toBe("1 Main St");
    await expectBack(token, "enhance-profile", { ...address, dateOfBirth: "1990-04-25" });

    // financial-account (CHECKING): numbers are never echoed back
    html = await render(token);
    expect(html).toContain("Routing number");
    state = await expectProblems(token, "financial-account", {
      kind: "bank",
      holderName: "Ada Lovelace",
      routingNumber: "021000022",
      accountNumber: "000123456789",
    });
    expect(state.fieldErrors.routingNumber).toMatch(/not valid/);
    expect(JSON.stringify(state)).not.toContain("000123456789");
    await expectBack(token, "financial-account", {
      kind: "bank",
      holderName: "Ada Lovelace",
      routingNumber: "021000021",
      accountNumber: "000123456789",
    });

    // document-acceptance: each document readable, each accepted by its version
    html = await render(token);
    expect(html).toContain("Be kind.");
    expect(html).toContain("I have read and accept the Terms of Service");
    const versionIds = [...html.matchAll(/name="documentVersionIds" value="([^"]+)"/g)].map((m) => m[1]!);
    expect(versionIds).toHaveLength(2);
    state = await expectProblems(token, "accept-documents", { documentVersionIds: [versionIds[0]!] });
    expect(state.formError).toBe("Accept every document");
    await expectBack(token, "accept-documents", { documentVersionIds: versionIds });
    const acceptance = await db().documentAcceptance.findFirstOrThrow({
      where: { workflowId },
      select: { ipAddress: true, userAgent: true },
    });
    expect(acceptance).toEqual({ ipAddress: "203.0.113.7", userAgent: "Vitest phone" });

    // move-money: review, confirm, then the answered page with the payment's status
    html = await render(token);
    expect(html).toContain("Step 5 of 5");
    expect(html).toContain("Gateway Co requests $125.00 from Checking account •••• 6789");
    expect(jar.has("lx_gateway_answered")).toBe(false);
    await expectBack(token, "confirm-payment", {});
    expect(jar.get("lx_gateway_answered")?.header).toMatch(new RegExp(`Path=/l/${token}.*HttpOnly`));
    html = await render(token);
    expect(html).toContain("Thank you, you&#x27;re all set");
    expect(html).toContain("Received");
    expect(html).toContain("Refresh status");

    await db().transaction.updateMany({ where: { workflowId }, data: { status: "CLEARED" } });
    html = await render(token);
    expect(html).toContain("Complete");
    expect(html).not.toContain("Refresh status");

    // Another browser, without the answered mark or with a made-up one, learns nothing.
    for (const mark of [undefined, "forged", jar.get("lx_gateway")!.value]) {
      if (mark === undefined) jar.delete("lx_gateway_answered");
      else jar.set("lx_gateway_answered", { value: mark, header: "" });
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

    const state = await expectProblems(token, "decline", { reason: "OTHER", text: "" });
    expect(state.fieldErrors.text).toBe("Tell us why");
    expect(state.values).toEqual({ reason: "OTHER", text: "" });
    await expectBack(token, "decline", { reason: "OTHER", text: "I moved out" });
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
    await expectBack(token, "confirm-payment", {});
  });

  it("answers a form for a step that is not current with a message on the page as it is now", async () => {
    const business = await createTestBusiness();
    const { token, workflow } = await createTestWorkflow(business.id);
    await openFirstStep(workflow.id);
    const account = { firstName: "Ada", lastName: "Lovelace" };
    await expectBack(token, "customer-account", account);
    // A second tab submits the same step again: the page as it is now, with a message on that form.
    const state = await expectProblems(token, "customer-account", account);
    expect(state.formError).toMatch(/not the current one/);
    expect(state.values).toEqual({ firstName: "Ada", lastName: "Lovelace" });
  });

  it("refuses a post that is not this page's form with a 4xx page, and changes nothing", async () => {
    const business = await createTestBusiness();
    const { token, workflow } = await createTestWorkflow(business.id);
    await openFirstStep(workflow.id);
    const account = { intent: "customer-account", firstName: "Ada", lastName: "Lovelace" };
    const statusOf = async (init: Parameters<typeof send>[1]) => {
      const answer = await send(token, init);
      if (answer.kind !== "page") throw new Error(`expected a page, was sent to ${answer.location}`);
      expect(answer.props.posted).toBeNull();
      expect(answer.props.screen.kind).toBe("open");
      return answer.status;
    };
    // Another site's form, JSON, a body over 64 KiB, no or an unknown intent, a method forms do not use.
    expect(await statusOf({ form: account, headers: { origin: "https://evil.test" } })).toBe(403);
    expect(await statusOf({ form: account, headers: { origin: "null" } })).toBe(403);
    expect(await statusOf({ form: account, headers: { "content-type": "application/json" } })).toBe(400);
    expect(await statusOf({ form: { ...account, firstName: "A".repeat(70_000) } })).toBe(413);
    expect(await statusOf({ form: { firstName: "Ada" } })).toBe(400);
    expect(await statusOf({ form: { intent: "make-me-admin" } })).toBe(400);
    expect(await statusOf({ method: "PUT" })).toBe(405);
    const steps = await db().workflowStep.findMany({
      where: { workflowId: workflow.id },
      orderBy: { position: "asc" },
    });
    expect(steps.map((step) => step.status).slice(0, 2)).toEqual(["COMPLETED", "ACTIVE"]);
    expect(await db().customer.count({ where: { businessId: business.id } })).toBe(0);
  });

  it("switches the language for every link with a cookie, and back to the same screen", async () => {
    const business = await createTestBusiness();
    const { token, workflow } = await createTestWorkflow(business.id);
    await openFirstStep(workflow.id);
    expect(await send(token, { form: { intent: "locale", locale: "es" }, query: { decline: "1" } })).toMatchObject({
      kind: "redirect",
      location: `/l/${token}?decline=1`,
    });
    expect(jar.get("lx_locale")?.header).toMatch(/^lx_locale=es; Max-Age=31536000; Path=\/l; HttpOnly/);
    const page = await render(token, { decline: "1" });
    expect(page).toContain('<html lang="es">');
    expect(page).toContain("Rechazar esta solicitud");
    // An unknown language changes nothing.
    await send(token, { form: { intent: "locale", locale: "xx" } });
    expect(jar.get("lx_locale")?.value).toBe("es");
  });
});
