import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { callApi } from "@/server/api/rest/api-test-kit";
import { createTestBusiness } from "@/server/testing/factories";
import { defineRoute } from "@/server/api/rest/route-definition";
import { withApiKey } from "@/server/api/rest/with-api-key";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { overrideJobHandler } from "@/server/jobs/job-registry";
import { runJob } from "@/server/jobs/run-job";
import { sendSms } from "@/server/services/sms/send-sms";
import { useFakeTwilio } from "@/server/sms/testing/use-fake-twilio";
import { testPhoneNumber } from "@/server/sms/testing/test-phone-number";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import { captureLogsForTests, logger } from "./logger";
import { observeRequests } from "./request-observer";
import { routeTableOf } from "./request-routes";

// Customers' data and secrets fed through the real code paths that log (a provider refusing a
// text, a REST request failing, a job failing, the request log, a careless log call), then the
// whole output is searched for each of them.

const { api, useTwilio } = useFakeTwilio("d4");

const phone = testPhoneNumber();
const SECRETS = {
  phone,
  phoneSpaced: phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "+1 ($1) $2-$3"),
  email: "jane.customer@gmail.com",
  body: "Your secret memo about the loan",
  token: "lx_live_Zq8mN3pR6tV9wY2bC5dF7gH1jK4",
  account: "000123456789",
  card: "4111 1111 1111 1111",
  password: "correct-horse-battery",
  bearer: "eyJhbGciOiJIUzI1NiJ9.payload.signature",
  linkToken: "tK9xQ2mL7vB4nR8wZ3cY6",
};

let businessId: string;
let key: string;

beforeAll(async () => {
  ({ apiKey: key, id: businessId } = await createTestBusiness({ name: "Private data Co" }));
});
afterAll(async () => {
  overrideJobHandler("WORKFLOW_EXPIRE", null);
  await db().business.delete({ where: { id: businessId } });
});

const failingRoute = withApiKey(
  async () => {
    throw new Error(
      `lookup failed for ${SECRETS.email} at ${SECRETS.phone}, account ${SECRETS.account}, with Bearer ${SECRETS.bearer}`,
    );
  },
  {
    route: defineRoute({
      method: "GET",
      path: "/test/private",
      operationId: "testPrivate",
      summary: "",
      tags: ["Test"],
      responses: { 200: { description: "", schema: z.object({}) } },
    }),
  },
);

describe("the server log", () => {
  it("never carries phone numbers, emails, message bodies, tokens, account numbers or secrets", async () => {
    const logs = captureLogsForTests({ level: "debug" });
    try {
      // 1. A provider refusing a text, quoting the number, the body and an address back.
      useTwilio();
      api().failNext({
        status: 400,
        code: 21211,
        message: `The 'To' number ${SECRETS.phoneSpaced} is not valid (${SECRETS.email}): "${SECRETS.body}"`,
      });
      await sendSms({ businessId, to: SECRETS.phone, body: SECRETS.body, origin: "MANUAL" });
      resetEnvForTests();

      // 2. A REST request failing with an error that quotes customer data and a credential.
      expect((await callApi(failingRoute, "/test/private", { key })).status).toBe(500);

      // 3. A job failing the same way.
      overrideJobHandler("WORKFLOW_EXPIRE", async () => {
        throw new Error(
          `card ${SECRETS.card} of ${SECRETS.email} declined; call ${SECRETS.phoneSpaced}; token ${SECRETS.token}`,
        );
      });
      const [job] = await inUnitOfWork((uow) =>
        uow.enqueue({ businessId, kind: "WORKFLOW_EXPIRE", subjectId: randomUUID() }),
      );
      expect((await runJob({ jobId: job!.id })).outcome).toBe("retry");

      // 4. The request log, for a link with its token in the path and data in the query.
      const observer = observeRequests(
        routeTableOf({ dynamicRoutes: [{ page: "/l/[token]", regex: "^/l/([^/]+?)(?:/)?$" }] }),
      );
      const server = http.createServer((_req, res) => res.end("ok"));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const { port } = server.address() as AddressInfo;
      await fetch(
        `http://127.0.0.1:${port}/l/${SECRETS.linkToken}?phone=${encodeURIComponent(SECRETS.phone)}&email=${SECRETS.email}`,
        {
          headers: { authorization: `Bearer ${SECRETS.token}` },
        },
      ).then((response) => response.text());
      server.close();
      observer.unsubscribe();

      // 5. A careless call that hands over whole objects.
      logger("test").warn(
        {
          body: SECRETS.body,
          customer: { phoneNumber: SECRETS.phone, email: SECRETS.email, password: SECRETS.password },
          headers: { authorization: `Bearer ${SECRETS.bearer}` },
        },
        `customer ${SECRETS.email} (${SECRETS.phone}) asked about account ${SECRETS.account}`,
      );
    } finally {
      logs.restore();
    }

    const text = logs.text();
    // The paths did log (a search of nothing would pass).
    const messages = logs.entries().map((entry) => `${String(entry.component)}: ${String(entry.msg)}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        "sms: provider refused a text",
        "api: request failed",
        "jobs: job run failed",
        "http: request",
        expect.stringMatching(/^test: customer \[email\] \(\[number\]\) asked about account \[number\]$/),
      ]),
    );
    expect(logs.entries()).toContainEqual(
      expect.objectContaining({ component: "http", route: "/l/[token]", status: 200 }),
    );
    for (const [name, value] of Object.entries(SECRETS)) {
      expect.soft(text, name).not.toContain(value);
    }
    // Nor any part of the number long enough to identify it.
    expect(text).not.toContain(phone.slice(2));
  });
});
