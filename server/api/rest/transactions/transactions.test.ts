import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v2/transactions/route";
import * as item from "@/app/api/v2/transactions/[id]/route";
import { createTestBusiness, type TestBusiness } from "@/server/testing/factories";
import {
  createTestCustomer,
  createTestFinancialAccount,
  createTestTransactionWithHistory,
} from "@/server/testing/rest-factories";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
let a: Tenant;
let b: Tenant;
let account: Awaited<ReturnType<typeof createTestFinancialAccount>>;
let customerId: string;
let processing: { id: string };
let settled: { id: string };

const get = (tenant: Tenant, id: string) =>
  callApi(item.GET, `/transactions/${id}`, { key: tenant.apiKey, params: { id } });
const list = (tenant: Tenant, query = "") => callApi(collection.GET, `/transactions${query}`, { key: tenant.apiKey });
const ids = (response: { body: { data: Array<{ id: string }> } }) =>
  response.body.data.map((transaction) => transaction.id);

beforeAll(async () => {
  a = await createTestBusiness({ name: "Transactions A" });
  b = await createTestBusiness({ name: "Transactions B" });
  customerId = (await createTestCustomer(a.id)).id;
  account = await createTestFinancialAccount(a.id, customerId, "card");
  processing = await createTestTransactionWithHistory(a.id, { customerId, financialAccountId: account.id });
  settled = await createTestTransactionWithHistory(a.id, {
    customerId,
    financialAccountId: account.id,
    statuses: ["PENDING", "PROCESSING", "CLEARED"],
    amount: "1000",
  });
});

describe("GET /transactions/{id}", () => {
  it("serves the transaction with its status history, oldest first, and the account masked", async () => {
    const response = await get(a, processing.id);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: processing.id,
      status: "PROCESSING",
      transactionType: "REQUEST",
      solution: "push-to-card",
      amount: "42.50",
      currency: "USD",
      priority: null,
      description: null,
      memo: "Invoice 7",
      paymentReasonId: null,
      failureReason: null,
      workflowId: null,
      customerId,
      financialAccount: expect.objectContaining({
        id: account.id,
        type: "CARD",
        lastFour: "1111",
        holderName: "Ada Lovelace",
      }),
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.any(String),
      statusHistory: [
        { fromStatus: null, toStatus: "NEW", reason: "step 0", createdAt: expect.any(String) },
        { fromStatus: "NEW", toStatus: "PENDING", reason: "step 1", createdAt: expect.any(String) },
        { fromStatus: "PENDING", toStatus: "PROCESSING", reason: "step 2", createdAt: expect.any(String) },
      ],
    });
    expect(JSON.stringify(response.body)).not.toContain(account.encryptedNumber);
    expect(JSON.stringify(response.body)).not.toContain(account.number);
    expect((await get(a, settled.id)).body.amount).toBe("1000.00");
  });

  it("answers 404 for another business's transaction", async () => {
    const theirs = await get(b, processing.id);
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual((await get(b, "no-such-transaction")).body);
  });
});

describe("GET /transactions", () => {
  it("lists newest first, filtered by status and customer, masked and without history", async () => {
    const all = await list(a);
    expect(ids(all)).toEqual([settled.id, processing.id]);
    expect(all.body.data[0]).not.toHaveProperty("statusHistory");
    expect(JSON.stringify(all.body)).not.toContain(account.encryptedNumber);
    expect(ids(await list(a, "?status=CLEARED"))).toEqual([settled.id]);
    expect(ids(await list(a, `?customerId=${customerId}&status=PROCESSING`))).toEqual([processing.id]);
    expect(ids(await list(b))).toEqual([]);
    expect((await list(a, "?status=PAID")).status).toBe(422);
  });
});
