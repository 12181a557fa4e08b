import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v2/financial-accounts/route";
import * as item from "@/app/api/v2/financial-accounts/[id]/route";
import { createTestBusiness, type TestBusiness } from "@/server/testing/factories";
import { createTestCustomer, createTestFinancialAccount } from "@/server/testing/rest-factories";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
type Account = Awaited<ReturnType<typeof createTestFinancialAccount>>;
let a: Tenant;
let b: Tenant;
let customerId: string;
let bank: Account;
let card: Account;
let otherCustomersAccount: Account;

const get = (tenant: Tenant, id: string) =>
  callApi(item.GET, `/financial-accounts/${id}`, { key: tenant.apiKey, params: { id } });
const list = (tenant: Tenant, query = "") =>
  callApi(collection.GET, `/financial-accounts${query}`, { key: tenant.apiKey });

/** Neither the stored ciphertext nor the number itself, in any response. */
const expectMasked = (body: unknown) => {
  const text = JSON.stringify(body);
  for (const account of [bank, card, otherCustomersAccount]) {
    expect(text).not.toContain(account.encryptedNumber);
    expect(text).not.toContain(account.number);
  }
  expect(text).not.toMatch(/encryptedNumber|cardExpiry|v1\./);
};

beforeAll(async () => {
  a = await createTestBusiness({ name: "Accounts A" });
  b = await createTestBusiness({ name: "Accounts B" });
  customerId = (await createTestCustomer(a.id)).id;
  bank = await createTestFinancialAccount(a.id, customerId, "bank");
  card = await createTestFinancialAccount(a.id, customerId, "card");
  otherCustomersAccount = await createTestFinancialAccount(a.id, (await createTestCustomer(a.id)).id, "bank");
});

describe("GET /financial-accounts/{id}", () => {
  it("serves a bank account masked, with its routing number", async () => {
    const response = await get(a, bank.id);
    expect(response.body).toEqual({
      id: bank.id,
      customerId,
      type: "BANK_ACCOUNT",
      subType: "CHECKING",
      status: "ACTIVE",
      holderName: "Ada Lovelace",
      lastFour: "6789",
      routingNumber: "011000015",
      createdAt: expect.stringMatching(/Z$/),
    });
    expectMasked(response.body);
  });

  it("serves a card masked, without routing number or expiry", async () => {
    const response = await get(a, card.id);
    expect(response.body).toMatchObject({ type: "CARD", subType: "DEBIT", lastFour: "1111", routingNumber: null });
    expectMasked(response.body);
  });

  it("answers 404 for another business's account", async () => {
    const theirs = await get(b, bank.id);
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual((await get(b, "no-such-account")).body);
  });
});

describe("GET /financial-accounts", () => {
  it("lists masked accounts, for one customer with ?customerId=", async () => {
    const all = await list(a);
    expect(all.body.data.map((account: { id: string }) => account.id)).toEqual([
      otherCustomersAccount.id,
      card.id,
      bank.id,
    ]);
    expectMasked(all.body);
    const mine = await list(a, `?customerId=${customerId}`);
    expect(mine.body.data.map((account: { id: string }) => account.id)).toEqual([card.id, bank.id]);
    expect((await list(b)).body.data).toEqual([]);
    expect((await list(b, `?customerId=${customerId}`)).body.data).toEqual([]);
  });
});
