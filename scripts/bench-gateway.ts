// Benchmark: every Gateway screen on a mid-range phone, measured by Lighthouse (mobile emulation:
// Moto G Power, slow 4G, 4x CPU slowdown). It walks one request through the Gateway the way a
// customer does (Playwright in the system Chromium fills each form) and, at each screen, runs
// Lighthouse three times and prints the median: the passcode gate, each step, the payment review,
// the decline page, the done page and the ended-link page. Lighthouse is CPU-sensitive: run it on a
// quiet machine (the load average is printed with the results).
//
//   npm start                       # in another terminal (or any running LinX with the local SMS inbox)
//   LINX_URL=http://localhost:3000 LINX_API_KEY=lx_test_… npx tsx --conditions=react-server scripts/bench-gateway.ts [--runs 3] [--locale es] [screen…]
//
// Lighthouse runs through npx, pinned, so it is not an install-time dependency of LinX; it uses
// the system Chromium when there is one (CHROMIUM_PATH or /usr/bin/chromium).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { chromium as playwright, type Page } from "@playwright/test";

const LIGHTHOUSE = "lighthouse@12.8.2";
const base = process.env.LINX_URL ?? "http://localhost:3000";
const key = process.env.LINX_API_KEY ?? process.env.LINX_DEMO_API_KEY;
const chromium =
  process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const argValue = (name: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const RUNS = Number(argValue("--runs") ?? 3);
const LOCALE = argValue("--locale");
const only = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith("--") && !all[i - 1]?.startsWith("--"));

let phoneCounter = 0;
const newPhone = () => `+1415555${String((Date.now() + phoneCounter++ * 7919) % 10_000).padStart(4, "0")}`;

/** fetch, tried again a few times: on a busy machine a request can time out while Lighthouse runs. */
const fetchRetrying = async (url: string, init?: RequestInit) => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
};

const api = async (method: string, url: string, body?: unknown) => {
  const response = await fetchRetrying(`${base}${url}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string; passcode?: string };
};

const steps = (phoneNumber: string) => [
  { name: "notification", parameters: { phoneNumber } },
  { name: "customer-account", parameters: {} },
  { name: "enhance-profile", parameters: { personalInfo: ["dateOfBirth"], address: ["PHYSICAL"] } },
  { name: "financial-account", parameters: { financialAccountSubType: "CHECKING" } },
  { name: "document-acceptance", parameters: { documents: [{ documentId: "terms-of-service" }] } },
  {
    name: "move-money",
    parameters: {
      transactionType: "REQUEST",
      solution: "ach",
      amount: "1250.00",
      currency: "USD",
      description: "March rent",
    },
  },
];

/** A new request through the REST API; its link, read from the local SMS inbox. */
const createLink = async (extra: Record<string, unknown> = {}) => {
  const phoneNumber = newPhone();
  const created = await api("POST", "/api/v2/linx/workflows", {
    title: "Confirm your March rent",
    ...(LOCALE ? { locale: LOCALE } : {}),
    steps: steps(phoneNumber),
    ...extra,
  });
  for (let attempt = 0; attempt < 60; attempt++) {
    const { data } = (await (
      await fetchRetrying(`${base}/api/dev/sms?to=${encodeURIComponent(phoneNumber)}`)
    ).json()) as { data: { body: string }[] };
    const link = data[0]?.body.match(/https?:\/\/\S+\/l\/[\w-]+/)?.[0];
    if (link) return { ...created, link };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The link text did not arrive (is the local SMS inbox in use?)");
};

type Report = {
  categories: Record<string, { score: number }>;
  audits: Record<
    string,
    { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }
  >;
};

const audit = (url: string, dir: string) => {
  const out = path.join(dir, "report.json");
  const args = [
    "--yes",
    LIGHTHOUSE,
    url,
    "--quiet",
    "--output=json",
    `--output-path=${out}`,
    "--only-categories=performance,accessibility,best-practices",
  ];
  args.push(`--chrome-flags=--headless=new --no-sandbox --disable-gpu`);
  execFileSync("npx", args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...(chromium ? { CHROME_PATH: chromium } : {}) },
  });
  const report = JSON.parse(readFileSync(out, "utf8")) as Report;
  const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
  const ms = (name: string) => Math.round(report.audits[name]?.numericValue ?? 0);
  const scriptBytes =
    (report.audits["resource-summary"]?.details?.items ?? []).find((item) => item.resourceType === "script")
      ?.transferSize ?? 0;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    fcpMs: ms("first-contentful-paint"),
    lcpMs: ms("largest-contentful-paint"),
    tbtMs: ms("total-blocking-time"),
    cls: report.audits["cumulative-layout-shift"]?.numericValue ?? 0,
    scriptKb: Math.round(scriptBytes / 1024),
  };
};

type Result = ReturnType<typeof audit>;

/** The median of each number on its own (with three runs, the middle one). */
const median = (runs: Result[]): Result => {
  const mid = <K extends keyof Result>(k: K) =>
    runs.map((r) => r[k]).toSorted((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return {
    performance: mid("performance"),
    accessibility: mid("accessibility"),
    bestPractices: mid("bestPractices"),
    fcpMs: mid("fcpMs"),
    lcpMs: mid("lcpMs"),
    tbtMs: mid("tbtMs"),
    cls: mid("cls"),
    scriptKb: mid("scriptKb"),
  };
};

const row = (label: string, r: Result) =>
  `${label.padEnd(20)} perf ${String(r.performance).padStart(3)}  a11y ${String(r.accessibility).padStart(3)}  bp ${String(r.bestPractices).padStart(3)}  ` +
  `FCP ${String(r.fcpMs).padStart(5)} ms  LCP ${String(r.lcpMs).padStart(5)} ms  TBT ${String(r.tbtMs).padStart(4)} ms  CLS ${r.cls.toFixed(3)}  JS ${r.scriptKb} KiB`;

/** Fills and sends the current step's form, by field names (the same in every language). */
const answerStep = async (page: Page, step: string) => {
  const submit = () => page.locator("form button[type=submit]").first().click();
  if (step === "customer-account") {
    await page.fill("[name=firstName]", "Ana");
    await page.fill("[name=lastName]", "García");
  } else if (step === "enhance-profile") {
    await page.fill("[name=dateOfBirth]", "1990-04-25");
    await page.fill("[name='addresses.PHYSICAL.line1']", "1 Main St");
    await page.fill("[name='addresses.PHYSICAL.city']", "Springfield");
    await page.fill("[name='addresses.PHYSICAL.postalCode']", "12345");
  } else if (step === "financial-account") {
    await page.fill("[name=holderName]", "Ana García");
    await page.fill("[name=routingNumber]", "021000021");
    await page.fill("[name=accountNumber]", "000123456789");
  } else if (step === "document-acceptance") {
    for (const box of await page.locator("input[type=checkbox]").all()) await box.check();
  }
  const before = await page.locator("#step-title").textContent();
  await submit();
  await page.waitForFunction((title) => document.querySelector("#step-title")?.textContent !== title, before, {
    timeout: 30_000,
  });
};

const main = async () => {
  if (!key)
    throw new Error("Set LINX_API_KEY to a sandbox API key of the running LinX (npm start prints the demo key)");
  const dir = mkdtempSync(path.join(tmpdir(), "linx-lighthouse-"));
  const browser = await playwright.launch({
    ...(chromium ? { executablePath: chromium } : {}),
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const wanted = (name: string) => only.length === 0 || only.includes(name);
  const measure = (name: string, url: string) => {
    if (!wanted(name)) return;
    const runs = Array.from({ length: RUNS }, () => audit(url, dir));
    console.log(row(name, median(runs)));
  };
  try {
    console.log(
      `Lighthouse ${LIGHTHOUSE.split("@")[1]}, mobile (emulated mid-range phone, slow 4G, 4x CPU slowdown); median of ${RUNS} per screen; locale ${LOCALE ?? "from the browser"}`,
    );
    console.log(
      `load average before: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}`,
    );

    const gated = await createLink({ authentication: "PASSCODE" });
    measure("gate", gated.link);

    const { link } = await createLink();
    const page = await (await browser.newContext()).newPage();
    await page.goto(link);
    for (const step of ["customer-account", "enhance-profile", "financial-account", "document-acceptance"]) {
      measure(step, link);
      await answerStep(page, step);
    }
    measure("payment-review", link);
    measure("decline", `${link}?decline=1`);
    await page.locator("form button[type=submit]").first().click();
    await page.waitForSelector("#step-title", { state: "detached", timeout: 30_000 });
    measure("done", link);

    const ended = await createLink();
    await api("POST", `/api/v2/linx/workflows/${ended.id}/cancel`, {});
    measure("ended", ended.link);
    console.log(
      `load average after: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}`,
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
