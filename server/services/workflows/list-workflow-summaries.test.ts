import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createTestBusiness, createTestWorkflow, fullSteps, randomPhone } from "@/server/testing/factories";
import { listWorkflowSummaries } from "./list-workflow-summaries";
import type { WorkflowFilters, WorkflowOrder, WorkflowSortField } from "./workflow-list-query";

// Nine workflows whose dates come in threes, so every order has ties that only the id breaks.
let businessId: string;
const rows: Array<{ id: string } & Record<WorkflowSortField, Date>> = [];
const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12));

beforeAll(async () => {
  businessId = (await createTestBusiness({ name: "Keyset Co" })).id;
  const ada = await db().customer.create({
    data: { businessId, firstName: "Ada", lastName: "Lovelace", phoneNumber: randomPhone() },
    select: { id: true },
  });
  for (let i = 0; i < 9; i++) {
    const { workflow } = await createTestWorkflow(businessId, {
      title: i % 2 ? `Rent ${i}` : `Deposit ${i}`,
      steps: fullSteps(),
    });
    const dates = {
      createdAt: day(1 + Math.floor(i / 3)),
      updatedAt: day(10 + (i % 3)),
      expireAt: day(20 + Math.floor(i / 3)),
    };
    await db().workflow.update({
      where: { id: workflow.id },
      data: { ...dates, customerId: i % 3 === 0 ? ada.id : null },
    });
    rows.push({ id: workflow.id, ...dates });
  }
});

const sorted = ({ field, direction }: WorkflowOrder, ids = rows.map((r) => r.id)) => {
  const sign = direction === "asc" ? 1 : -1;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [...ids].sort(
    (a, b) => sign * (byId.get(a)![field].getTime() - byId.get(b)![field].getTime() || (a < b ? -1 : 1)),
  );
};

/** Every page from the top following `next`, then every page back from the last following `previous`. */
const walk = async (order: WorkflowOrder, filters: WorkflowFilters = {}, limit = 2) => {
  const forward: string[][] = [];
  let page = await listWorkflowSummaries({ businessId, filters, order, limit });
  const firstPrevious = page.previous;
  forward.push(page.items.map((w) => w.id));
  while (page.next) {
    page = await listWorkflowSummaries({ businessId, filters, order, limit, after: page.next });
    forward.push(page.items.map((w) => w.id));
  }
  const backward: string[][] = [];
  while (page.previous) {
    page = await listWorkflowSummaries({ businessId, filters, order, limit, before: page.previous });
    backward.unshift(page.items.map((w) => w.id));
  }
  return { forward, backward, firstPrevious, topNext: page.next };
};

describe("listWorkflowSummaries pages", () => {
  const orders: WorkflowOrder[] = (["createdAt", "updatedAt", "expireAt"] as const).flatMap((field) =>
    (["desc", "asc"] as const).map((direction) => ({ field, direction })),
  );

  it.each(orders)("forwards and backwards by $field $direction, ties broken by id", async (order) => {
    const { forward, backward, firstPrevious, topNext } = await walk(order);
    expect(forward.flat()).toEqual(sorted(order));
    expect(forward.map((p) => p.length)).toEqual([2, 2, 2, 2, 1]);
    expect(firstPrevious).toBeNull();
    // Going back from the last page gives the very pages seen going forwards, and stops at the top.
    expect(backward).toEqual(forward.slice(0, -1));
    expect(topNext).not.toBeNull();
  });

  it("pages both ways through a search matching titles and customers' names, each row once", async () => {
    const order: WorkflowOrder = { field: "createdAt", direction: "desc" };
    const where = (keep: (i: number) => boolean) =>
      sorted(
        order,
        rows.filter((_, i) => keep(i)).map((r) => r.id),
      );
    const byTitle = await walk(order, { search: "deposit" }, 1);
    expect(byTitle.forward.flat()).toEqual(where((i) => i % 2 === 0));
    expect(byTitle.backward).toEqual(byTitle.forward.slice(0, -1));
    const byName = await walk(order, { search: "lovelace" }, 2);
    expect(byName.forward.flat()).toEqual(where((i) => i % 3 === 0));
    // "e" is in every title ("Rent", "Deposit") and in "Lovelace": a third of the rows match twice.
    const both = await walk(order, { search: "e" }, 3);
    expect(both.forward.flat()).toEqual(where(() => true));
    expect(both.backward).toEqual(both.forward.slice(0, -1));
  });

  it("takes LIKE wildcards in a search literally", async () => {
    expect((await listWorkflowSummaries({ businessId, filters: { search: "%" }, limit: 10 })).items).toEqual([]);
    expect((await listWorkflowSummaries({ businessId, filters: { search: "Rent_1" }, limit: 10 })).items).toEqual([]);
  });
});
