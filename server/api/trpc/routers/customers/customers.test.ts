import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestWorkflow } from "@/server/testing/factories";
import {
  createTestCustomer,
  createTestFinancialAccount,
  createTestTransactionWithHistory,
} from "@/server/testing/rest-factories";
import { codeOf, createStaffWorld } from "@/server/testing/trpc-callers";

// Business A's customers, seen by A's staff of every role; business B's owner tries to reach them.
let world: Awaited<ReturnType<typeof createStaffWorld>>;
let ada: { id: string; phoneNumber: string | null };
let grace: { id: string; phoneNumber: string | null };
let bea: { id: string };
let account: Awaited<ReturnType<typeof createTestFinancialAccount>>;
let workflowIds: string[];
let transactionIds: string[];

beforeAll(async () => {
  world = await createStaffWorld();
  const { a, b } = world;
  ada = await createTestCustomer(a.id);
  grace = await createTestCustomer(a.id, { firstName: "Grace", lastName: "Hopper", email: "grace@navy.test" });
  await db().customer.update({
    where: { id: grace.id },
    data: { status: "SUSPENDED", createdAt: new Date(Date.now() + 1000) },
  });
  bea = await createTestCustomer(b.id, { firstName: "Bea" });
  account = await createTestFinancialAccount(a.id, ada.id, "bank");
  workflowIds = [];
  for (const title of ["Ada onboarding", "Ada rent"]) {
    const { workflow } = await createTestWorkflow(a.id, { title });
    await db().workflow.update({ where: { id: workflow.id }, data: { customerId: ada.id } });
    workflowIds.push(workflow.id);
  }
  await createTestWorkflow(a.id, { title: "Nobody's yet" });
  const terms = await db().legalDocumentVersion.findFirstOrThrow({
    where: { document: { businessId: a.id, key: "terms-of-service" } },
    select: { id: true, contentHash: true },
  });
  await db().documentAcceptance.create({
    data: {
      businessId: a.id,
      customerId: ada.id,
      workflowId: workflowIds[0],
      documentVersionId: terms.id,
      contentHash: terms.contentHash,
      ipAddress: "198.51.100.4",
    },
  });
  transactionIds = [];
  for (const statuses of [["PENDING"], ["PENDING", "PROCESSING", "CLEARED"], ["PENDING", "PROCESSING"]] as const) {
    transactionIds.push(
      (
        await createTestTransactionWithHistory(a.id, {
          customerId: ada.id,
          financialAccountId: account.id,
          statuses: [...statuses],
        })
      ).id,
    );
  }
});

describe("customers.list", () => {
  it("lists the business's customers newest first, with their workflow counts, for a viewer", async () => {
    const { a, as } = world;
    const page = await as("viewerA").customers.list({ businessId: a.id });
    expect(page.items.map((customer) => [customer.firstName, customer.workflowCount])).toEqual([
      ["Grace", 0],
      ["Ada", 2],
    ]);
    expect(Object.keys(page.items[0]!).sort()).toEqual([
      "createdAt",
      "email",
      "firstName",
      "id",
      "lastName",
      "phoneNumber",
      "status",
      "workflowCount",
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it("finds by name words, email, phone digits, whole number and id, and filters by status", async () => {
    const { a, as } = world;
    const names = async (input: { q?: string; status?: "ACTIVE" | "SUSPENDED" }) =>
      (await as("viewerA").customers.list({ businessId: a.id, ...input })).items.map((c) => c.firstName);
    expect(await names({ q: "grace HOPPER" })).toEqual(["Grace"]);
    expect(await names({ q: "example.test" })).toEqual(["Ada"]);
    expect(await names({ q: ada.phoneNumber!.slice(-7) })).toEqual(["Ada"]);
    expect(await names({ q: ada.phoneNumber! })).toEqual(["Ada"]);
    expect(await names({ q: grace.id })).toEqual(["Grace"]);
    expect(await names({ q: "Bea" })).toEqual([]);
    expect(await names({ status: "SUSPENDED" })).toEqual(["Grace"]);
    expect(await names({ q: "Ada", status: "SUSPENDED" })).toEqual([]);
  });

  it("walks pages with the cursor, and refuses a bad cursor or status with BAD_REQUEST", async () => {
    const { a, as } = world;
    const first = await as("viewerA").customers.list({ businessId: a.id, limit: 1 });
    const second = await as("viewerA").customers.list({ businessId: a.id, limit: 1, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((c) => c.firstName)).toEqual(["Grace", "Ada"]);
    expect(second.nextCursor).toBeNull();
    expect(await codeOf(as("viewerA").customers.list({ businessId: a.id, cursor: "not a cursor" }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await codeOf(
        as("viewerA").customers.list({ businessId: a.id, cursor: Buffer.from("[1,2]").toString("base64url") }),
      ),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(as("viewerA").customers.list({ businessId: a.id, status: "HAPPY" as "ACTIVE" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(as("viewerA").customers.list({ businessId: a.id, q: "x".repeat(201) }))).toBe("BAD_REQUEST");
  });
});

describe("customers.get", () => {
  it("shows the profile, the accounts masked and the documents accepted", async () => {
    const { a, as } = world;
    const detail = await as("viewerA").customers.get({ businessId: a.id, customerId: ada.id });
    expect(detail.customer).toMatchObject({
      id: ada.id,
      firstName: "Ada",
      dateOfBirth: "1990-12-10",
      salutation: "Ms",
      status: "ACTIVE",
    });
    expect(detail.customer.addresses.map((address) => address.type)).toEqual(["PHYSICAL", "MAILING"]);
    expect(detail.customer.phones).toEqual([{ type: "WORK", phoneNumber: expect.stringMatching(/^\+1/) }]);
    expect(detail.financialAccounts).toEqual({
      items: [expect.objectContaining({ id: account.id, lastFour: "6789", type: "BANK_ACCOUNT", status: "ACTIVE" })],
      hasMore: false,
    });
    expect(detail.acceptances.items).toEqual([
      {
        id: expect.any(String),
        acceptedAt: expect.stringMatching(/Z$/),
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        ipAddress: "198.51.100.4",
        document: { key: "terms-of-service", title: "Terms of Service", version: 1 },
        workflow: { id: workflowIds[0], title: "Ada onboarding" },
      },
    ]);
    const text = JSON.stringify(detail);
    expect(text).not.toContain(account.encryptedNumber);
    expect(text).not.toContain(account.number);
  });

  it("answers NOT_FOUND for another business's customer, like a missing one, and BAD_REQUEST for an empty id", async () => {
    const { a, b, as } = world;
    expect(await codeOf(as("ownerB").customers.get({ businessId: b.id, customerId: ada.id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("ownerA").customers.get({ businessId: a.id, customerId: bea.id }))).toBe("NOT_FOUND");
    expect(await codeOf(as("ownerA").customers.get({ businessId: a.id, customerId: "no-such-customer" }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(as("ownerA").customers.get({ businessId: a.id, customerId: " " }))).toBe("BAD_REQUEST");
  });
});

describe("customers.workflows and customers.transactions", () => {
  it("list the customer's own workflows and transactions, newest first, with status history", async () => {
    const { a, as } = world;
    const workflows = await as("viewerA").customers.workflows({ businessId: a.id, customerId: ada.id });
    expect(workflows.items.map((w) => w.title).sort()).toEqual(["Ada onboarding", "Ada rent"]);
    const first = await as("viewerA").customers.transactions({ businessId: a.id, customerId: ada.id, limit: 2 });
    const rest = await as("viewerA").customers.transactions({
      businessId: a.id,
      customerId: ada.id,
      limit: 2,
      cursor: first.nextCursor,
    });
    expect([...first.items, ...rest.items].map((t) => t.id).sort()).toEqual([...transactionIds].sort());
    expect(rest.nextCursor).toBeNull();
    const cleared = [...first.items, ...rest.items].find((t) => t.status === "CLEARED")!;
    expect(cleared.statusHistory.map((change) => change.toStatus)).toEqual(["NEW", "PENDING", "PROCESSING", "CLEARED"]);
    expect(cleared).toMatchObject({ amount: "42.50", currency: "USD", financialAccount: { lastFour: "6789" } });
    expect(JSON.stringify(first)).not.toContain(account.encryptedNumber);
    expect(
      await codeOf(as("viewerA").customers.transactions({ businessId: a.id, customerId: ada.id, cursor: "%%%" })),
    ).toBe("BAD_REQUEST");
    expect(
      await codeOf(as("viewerA").customers.workflows({ businessId: a.id, customerId: ada.id, cursor: "bad" })),
    ).toBe("BAD_REQUEST");
  });

  it("show another business's staff nothing of the customer", async () => {
    const { a, b, as } = world;
    expect(await codeOf(as("ownerB").customers.workflows({ businessId: a.id, customerId: ada.id }))).toBe("FORBIDDEN");
    expect((await as("ownerB").customers.workflows({ businessId: b.id, customerId: ada.id })).items).toEqual([]);
    expect((await as("ownerB").customers.transactions({ businessId: b.id, customerId: ada.id })).items).toEqual([]);
  });
});

describe("customers procedures: access", () => {
  it("refuses staff of another business on its id with FORBIDDEN", async () => {
    const { a, as } = world;
    expect(await codeOf(as("ownerB").customers.list({ businessId: a.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").customers.get({ businessId: a.id, customerId: ada.id }))).toBe("FORBIDDEN");
    expect(await codeOf(as("ownerB").customers.transactions({ businessId: a.id, customerId: ada.id }))).toBe(
      "FORBIDDEN",
    );
  });
});
