import { beforeAll, describe, expect, it } from "vitest";
import * as collection from "@/app/api/v2/customers/route";
import * as item from "@/app/api/v2/customers/[id]/route";
import { db } from "@/server/db";
import { createTestBusiness, type TestBusiness } from "@/server/testing/factories";
import { createTestCustomer } from "@/server/testing/rest-factories";
import { callApi } from "@/server/api/rest/api-test-kit";

type Tenant = TestBusiness;
let a: Tenant;
let b: Tenant;
let ada: Awaited<ReturnType<typeof createTestCustomer>>;
let grace: Awaited<ReturnType<typeof createTestCustomer>>;

const get = (tenant: Tenant, id: string) =>
  callApi(item.GET, `/customers/${id}`, { key: tenant.apiKey, params: { id } });
const list = (tenant: Tenant, query = "") => callApi(collection.GET, `/customers${query}`, { key: tenant.apiKey });
const ids = (response: { body: { data: Array<{ id: string }> } }) => response.body.data.map((customer) => customer.id);

beforeAll(async () => {
  a = await createTestBusiness({ name: "Customers A" });
  b = await createTestBusiness({ name: "Customers B" });
  ada = await createTestCustomer(a.id);
  grace = await createTestCustomer(a.id, { firstName: "Grace", lastName: "Hopper", email: "grace@navy.test" });
  await db().customer.update({ where: { id: grace.id }, data: { status: "SUSPENDED" } });
  await createTestCustomer(b.id, { firstName: "Bea" });
});

describe("GET /customers/{id}", () => {
  it("serves the customer with addresses and phones", async () => {
    const response = await get(a, ada.id);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: ada.id,
      status: "ACTIVE",
      firstName: "Ada",
      lastName: "Lovelace",
      email: "ada@example.test",
      phoneNumber: ada.phoneNumber,
      salutation: "Ms",
      dateOfBirth: "1990-12-10",
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: expect.any(String),
      addresses: [
        {
          type: "PHYSICAL",
          line1: "1 Main St",
          line2: null,
          city: "Springfield",
          region: "IL",
          postalCode: "62701",
          country: "US",
        },
        {
          type: "MAILING",
          line1: "PO Box 7",
          line2: "Attn: Ada",
          city: "Springfield",
          region: null,
          postalCode: "62705",
          country: "US",
        },
      ],
      phones: [{ type: "WORK", phoneNumber: expect.stringMatching(/^\+1/) }],
    });
  });

  it("answers 404 for another business's customer, like a missing one", async () => {
    const theirs = await get(b, ada.id);
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual((await get(b, "no-such-customer")).body);
  });
});

describe("GET /customers", () => {
  it("lists only the business's customers, newest first, without addresses", async () => {
    const response = await list(a);
    expect(ids(response)).toEqual([grace.id, ada.id]);
    expect(response.body.data[0]).not.toHaveProperty("addresses");
    expect(ids(await list(b))).toHaveLength(1);
  });

  it("filters by status and search", async () => {
    expect(ids(await list(a, "?status=SUSPENDED"))).toEqual([grace.id]);
    expect(ids(await list(a, "?search=grace%20HOPPER"))).toEqual([grace.id]);
    expect(ids(await list(a, "?search=example.test"))).toEqual([ada.id]);
    expect(ids(await list(a, `?search=${ada.phoneNumber!.slice(-7)}`))).toEqual([ada.id]);
    expect(ids(await list(a, `?search=${ada.id}`))).toEqual([ada.id]);
    expect(ids(await list(b, "?search=Grace"))).toEqual([]);
    expect((await list(a, "?status=HAPPY")).status).toBe(422);
  });
});
