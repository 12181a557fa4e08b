import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogsForTests } from "@/server/observability/logger";
import { db } from "@/server/db";
import { resetEnvForTests } from "@/server/env";
import { API_ROUTES } from "@/server/api/openapi/api-routes";
import { createTestBusiness } from "@/server/testing/factories";
import { apiRequest } from "./api-test-kit";
import type { RouteDefinition } from "./route-definition";
import type { RouteHandler } from "./with-api-key";

// Thousands of malformed requests over every REST route, in-process: wrong types, NULs, lone
// surrogates, huge numbers, deep nesting, bad JSON, wrong content types. None may answer 5xx, and
// none may write anything. FUZZ_SEED=<n> replays a run; FUZZ_ROUNDS=<n> runs more per route.

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 90);

/** mulberry32: a small seeded generator, so a failing run can be replayed exactly. */
const generator = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
const random = generator(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const V2 = path.resolve("app/api/v2");
const handlers = new Map<RouteDefinition, RouteHandler>();
const loadHandlers = async (directory = V2): Promise<void> => {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) await loadHandlers(full);
    else if (entry.name === "route.ts") {
      for (const handler of Object.values((await import(full)) as Record<string, RouteHandler>))
        if (handler?.route) handlers.set(handler.route, handler);
    }
  }
};

const BAD_STRINGS = ["a\u0000b", "\u0000", "x\uD800", "\uDFFFy", "\uD83D", "ok\u0000\u0000"];
const ODD_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.1,
  [],
  {},
  [[[]]],
  "",
  " ",
  "x".repeat(10_000),
  "🏠",
  "<script>",
  "' OR 1=1 --",
];
const FIELD_NAMES = [
  "title",
  "steps",
  "name",
  "parameters",
  "phoneNumber",
  "amount",
  "url",
  "events",
  "id",
  "content",
  "expireInHours",
  "customerMemo",
  "limit",
  "cursor",
  "status",
  "__proto__",
  "constructor",
];

/** Bodies each create route would accept, to mutate into ones it must refuse. */
const validBodies: Record<string, unknown> = {
  createWorkflow: {
    title: "Rent",
    customerMemo: "Unit 4B",
    expireInHours: 48,
    steps: [
      { name: "notification", parameters: { phoneNumber: "+14155550123", channel: "SMS", introductoryMessage: "Hi" } },
      { name: "customer-account", parameters: {} },
      {
        name: "move-money",
        parameters: { transactionType: "REQUEST", solution: "ach", amount: "12.00", currency: "USD" },
      },
    ],
  },
  createTemplate: {
    name: "Monthly",
    title: "Rent",
    steps: [
      { name: "notification", parameters: {} },
      { name: "customer-account", parameters: {} },
    ],
  },
  createLegalDocument: { id: "fuzz-terms", title: "Terms", content: "The terms." },
  createLegalDocumentVersion: { title: "Terms", content: "The terms, again." },
  createWebhookEndpoint: { url: "https://receiver.test/hook", description: "Backend", events: ["workflow.updated"] },
  updateWebhookEndpoint: { url: "https://receiver.test/hook2", description: "Backend" },
};
const genericBody = {
  title: "T",
  name: "N",
  url: "https://receiver.test/x",
  content: "C",
  steps: [],
  from: "2020-01-01T00:00:00Z",
};

const randomJson = (depth = 0): unknown => {
  const roll = random();
  if (depth > 3 || roll < 0.45) return pick([...ODD_VALUES, ...BAD_STRINGS]);
  if (roll < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => randomJson(depth + 1));
  return Object.fromEntries(
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => [
      pick([...FIELD_NAMES, ...BAD_STRINGS]),
      randomJson(depth + 1),
    ]),
  );
};

type Leaf = { parent: Record<string, unknown> | unknown[]; key: string | number; value: unknown };
const leaves = (value: unknown, found: Leaf[] = []): Leaf[] => {
  if (typeof value !== "object" || value === null) return found;
  for (const [key, item] of Object.entries(value)) {
    const slot = Array.isArray(value) ? Number(key) : key;
    found.push({ parent: value as Record<string, unknown>, key: slot, value: item });
    leaves(item, found);
  }
  return found;
};

const deepNest = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`;

/** A body every route must refuse, as raw text, and what was done to it. */
const malformedBody = (route: RouteDefinition): { text: string; how: string } => {
  const base = structuredClone(validBodies[route.operationId] ?? genericBody);
  const targets = leaves(base);
  const target = pick(targets);
  switch (Math.floor(random() * 9)) {
    case 0: {
      (target.parent as Record<string, unknown>)[target.key] =
        typeof target.value === "string" ? `${target.value}${pick(BAD_STRINGS)}` : pick(BAD_STRINGS);
      return { text: JSON.stringify(base), how: `bad text at ${String(target.key)}` };
    }
    case 1: {
      if (typeof target.value === "object" && target.value !== null && !Array.isArray(target.value))
        (target.value as Record<string, unknown>)[pick(BAD_STRINGS)] = 1;
      else (base as Record<string, unknown>)[pick(BAD_STRINGS)] = "x";
      return { text: JSON.stringify(base), how: "bad text in a key" };
    }
    case 2: {
      const strings = targets.filter((leaf) => typeof leaf.value === "string");
      const leaf = strings.length ? pick(strings) : target;
      (leaf.parent as Record<string, unknown>)[leaf.key] = pick([
        1e308,
        -1,
        true,
        [],
        {},
        [leaf.value],
        { value: leaf.value },
      ]);
      return { text: JSON.stringify(base), how: `wrong type at ${String(leaf.key)}` };
    }
    case 3: {
      // A number field, else a string field: either way the huge number cannot be valid there.
      const numbers = targets.filter((leaf) => typeof leaf.value === "number");
      const leaf = pick(numbers.length ? numbers : targets.filter((candidate) => typeof candidate.value === "string"));
      const marker = "__HUGE__";
      (leaf.parent as Record<string, unknown>)[leaf.key] = marker;
      return {
        text: JSON.stringify(base).replace(
          `"${marker}"`,
          pick(["1e999", "-1e999", "123456789012345678901234567890123456789"]),
        ),
        how: "huge number",
      };
    }
    case 4:
      return {
        text: JSON.stringify(base).replace(/}$/, `,"deep":${deepNest(pick([40, 500, 20_000]))}}`),
        how: "deep nesting",
      };
    case 5:
      return {
        text: pick([
          "{",
          "[",
          '{"title":',
          "nul",
          "undefined",
          "{'a':1}",
          '{"a":1,}',
          "\u0000",
          "\uFEFF{}x",
          JSON.stringify(base).slice(0, -1),
        ]),
        how: "bad JSON",
      };
    case 6:
      return { text: JSON.stringify(pick([[base], 42, "text", null, true, 1e308])), how: "wrong top-level type" };
    case 7: {
      const junk = randomJson();
      return {
        text: JSON.stringify({
          ...(typeof junk === "object" && junk && !Array.isArray(junk) ? junk : { junk }),
          [pick(FIELD_NAMES)]: pick(BAD_STRINGS),
        }),
        how: "random JSON with bad text",
      };
    }
    default:
      return { text: `${JSON.stringify(base).slice(0, 20)}\u0000${"é".repeat(3)}`, how: "truncated with a NUL" };
  }
};

const FAKE_IDS = [
  "does-not-exist",
  "c".repeat(25),
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x".repeat(300),
  "../../etc",
  "%00",
  "0",
  "-1",
  "1e999",
];
const QUERY_VALUES = [
  "%00",
  "a%00b",
  "%ED%A0%80",
  "%C0%80",
  "1e999",
  "-1",
  "99999999999999999999",
  "",
  "abc",
  "x".repeat(3000),
  "2020-13-45T99:99:99Z",
  "null",
  "[]",
  "%FF%FE",
];
const CONTENT_TYPES = [
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json; charset=utf-16",
  "",
];

/** Tables that belong to a business, with how many rows the fuzzed business has in each. */
const businessRowCounts = async (businessId: string) => {
  const tables = await db().$queryRaw<Array<{ table_name: string }>>`
    SELECT table_name::text AS table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'businessId' ORDER BY table_name`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db().$queryRawUnsafe<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "businessId" = $1`,
      businessId,
    );
    counts[table_name] = row!.n;
  }
  return counts;
};

let key = "";
let businessId = "";

beforeAll(async () => {
  process.env.API_RATE_LIMIT_PER_MINUTE = "1000000000";
  resetEnvForTests();
  await loadHandlers();
  ({ apiKey: key, id: businessId } = await createTestBusiness({ name: "Fuzz Co" }));
});
afterAll(() => {
  delete process.env.API_RATE_LIMIT_PER_MINUTE;
  resetEnvForTests();
});

describe(`REST fuzz (FUZZ_SEED=${SEED})`, () => {
  it("answers every malformed request on every route with a 4xx and writes nothing", { timeout: 600_000 }, async () => {
    expect([...handlers.keys()].sort((a, b) => a.operationId.localeCompare(b.operationId))).toEqual(
      [...API_ROUTES].sort((a, b) => a.operationId.localeCompare(b.operationId)),
    );
    const before = await businessRowCounts(businessId);
    const errorLog = captureLogsForTests();
    const failures: string[] = [];
    let sent = 0;
    for (const route of API_ROUTES) {
      const handler = handlers.get(route)!;
      const paramNames = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
      const queryNames = route.query ? Object.keys(route.query.shape) : [];
      for (let round = 0; round < ROUNDS; round++) {
        const params = Object.fromEntries(paramNames.map((name) => [name, pick(FAKE_IDS)]));
        const urlPath = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
          encodeURIComponent(params[name]!.replace(/[\uD800-\uDFFF]/g, "_")),
        );
        const query =
          route.method === "GET" || random() < 0.3
            ? `?${Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick([...queryNames, ...queryNames, "x", "%00"])}=${pick(QUERY_VALUES)}`).join("&")}`
            : "";
        const body = route.method === "GET" ? undefined : malformedBody(route);
        const contentType = pick(CONTENT_TYPES);
        const how = `${route.method} ${urlPath}${query.slice(0, 80)} ${body ? `[${body.how}] ${JSON.stringify(body.text.slice(0, 80))}` : ""} (${contentType || "no content type"})`;
        try {
          const request = apiRequest(`${urlPath}${query}`, {
            method: route.method,
            key,
            rawBody: body?.text,
            headers: contentType ? { "content-type": contentType } : {},
          });
          const response = await handler(request, { params: Promise.resolve(params) });
          sent++;
          if (response.status >= 500) failures.push(`${response.status} ${how}: ${await response.text()}`);
          else if (route.method !== "GET" && response.status < 400)
            failures.push(`${response.status} (accepted) ${how}`);
          else await response.arrayBuffer();
        } catch (error) {
          failures.push(`threw ${String(error)} ${how}`);
        }
      }
    }
    errorLog.restore();
    expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(API_ROUTES.length * ROUNDS);
    expect(await businessRowCounts(businessId)).toEqual(before);
  });
});
