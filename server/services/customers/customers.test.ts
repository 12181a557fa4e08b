import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestBusiness } from "@/server/testing/factories";
import { createTestCustomer } from "@/server/testing/rest-factories";
import { getCustomer } from "./get-customer";
import { listCustomers } from "./list-customers";

let businessId: string;
let otherId: string;
const created: string[] = [];

beforeAll(async () => {
  businessId = (await createTestBusiness({ name: "Customer Service Co" })).id;
  otherId = (await createTestBusiness({ name: "Other Customer Service Co" })).id;
  for (let index = 0; index < 5; index += 1)
    created.push((await createTestCustomer(businessId, { firstName: `Cust${index}` })).id);
  await createTestCustomer(otherId);
  // The same instant for all: the id breaks the tie, and no page repeats or skips a row.
  await db().customer.updateMany({ where: { businessId }, data: { createdAt: new Date("2026-02-01T00:00:00Z") } });
});

describe("listCustomers", () => {
  it("walks the business's customers once, in keyset order", async () => {
    const seen: string[] = [];
    let after: { createdAt: Date; id: string } | undefined;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await listCustomers({ businessId, page: { limit: 2, after } });
      seen.push(...page.items.map((customer) => customer.id));
      if (!page.hasMore) break;
      after = page.items.at(-1);
    }
    expect(seen).toEqual([...created].sort().reverse());
  });

  it("selects no addresses, phones or other relations", async () => {
    const page = await listCustomers({ businessId, page: { limit: 1 } });
    expect(Object.keys(page.items[0]!).sort()).toEqual([
      "createdAt",
      "dateOfBirth",
      "email",
      "firstName",
      "id",
      "lastName",
      "phoneNumber",
      "salutation",
      "status",
      "updatedAt",
    ]);
  });
});

describe("getCustomer", () => {
  it("finds the business's own customer only", async () => {
    expect((await getCustomer({ businessId, customerId: created[0]! })).addresses).toHaveLength(2);
    await expect(getCustomer({ businessId: otherId, customerId: created[0]! })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
