// Benchmark: the Gateway on a mid-range phone, measured by Lighthouse (mobile emulation: Moto G
// Power, slow 4G, 4x CPU slowdown) on the first step of a fresh workflow: three runs, each printed,
// then the median. Run it on a quiet machine: CPU contention shows up as blocking time.
//
//   npm start                       # in another terminal (or any running LinX with the local SMS inbox)
//   LINX_URL=http://localhost:3000 LINX_API_KEY=lx_test_… npx tsx scripts/bench-gateway.ts
//
// Lighthouse runs through npx, pinned, so it is not an install-time dependency of LinX; it uses
// the system Chromium when there is one (CHROMIUM_PATH or /usr/bin/chromium).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const LIGHTHOUSE = "lighthouse@12.8.2";
const base = process.env.LINX_URL ?? "http://localhost:3000";
const key = process.env.LINX_API_KEY ?? process.env.LINX_DEMO_API_KEY;
const chromium = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

const createLink = async () => {
  const phoneNumber = `+1415555${String(Date.now() % 10_000).padStart(4, "0")}`;
  const created = await fetch(`${base}/api/v2/linx/workflows`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify({
      title: "Confirm your March rent",
      steps: [
        { name: "notification", parameters: { phoneNumber } },
        { name: "customer-account", parameters: {} },
        { name: "financial-account", parameters: { financialAccountSubType: "CHECKING" } },
        { name: "move-money", parameters: { transactionType: "REQUEST", solution: "ach", amount: "125.00", currency: "USD" } },
      ],
    }),
  });
  if (created.status !== 201) throw new Error(`Creating a workflow answered ${created.status}: ${await created.text()}`);
  for (let attempt = 0; attempt < 30; attempt++) {
    const { data } = (await (await fetch(`${base}/api/dev/sms?to=${encodeURIComponent(phoneNumber)}`)).json()) as { data: { body: string }[] };
    const link = data[0]?.body.match(/https?:\/\/\S+\/l\/[\w-]+/)?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The link text did not arrive (is the local SMS inbox in use?)");
};

type Report = {
  categories: Record<string, { score: number }>;
  audits: Record<string, { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } }>;
};

const audit = (url: string, dir: string) => {
  const out = path.join(dir, "report.json");
  const args = ["--yes", LIGHTHOUSE, url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance,accessibility,best-practices"];
  args.push(`--chrome-flags=--headless=new --no-sandbox --disable-gpu`);
  execFileSync("npx", args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...(chromium ? { CHROME_PATH: chromium } : {}) } });
  const report = JSON.parse(readFileSync(out, "utf8")) as Report;
  const score = (name: string) => Math.round((report.categories[name]?.score ?? 0) * 100);
  const ms = (name: string) => Math.round(report.audits[name]?.numericValue ?? 0);
  const scriptBytes = (report.audits["resource-summary"]?.details?.items ?? []).find((item) => item.resourceType === "script")?.transferSize ?? 0;
  return { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), fcpMs: ms("first-contentful-paint"), lcpMs: ms("largest-contentful-paint"), tbtMs: ms("total-blocking-time"), cls: report.audits["cumulative-layout-shift"]?.numericValue ?? 0, scriptKb: Math.round(scriptBytes / 1024) };
};

const print = (label: string, r: ReturnType<typeof audit>) =>
  console.log(
    `${label.padEnd(7)} performance ${r.performance}  accessibility ${r.accessibility}  best practices ${r.bestPractices}  ` +
      `FCP ${r.fcpMs} ms  LCP ${r.lcpMs} ms  TBT ${r.tbtMs} ms  CLS ${r.cls.toFixed(3)}  JS ${r.scriptKb} KiB`,
  );

const main = async () => {
  if (!key) throw new Error("Set LINX_API_KEY to a sandbox API key of the running LinX (npm start prints the demo key)");
  const dir = mkdtempSync(path.join(tmpdir(), "linx-lighthouse-"));
  try {
    const link = await createLink();
    console.log(`Lighthouse ${LIGHTHOUSE.split("@")[1]}, mobile (emulated mid-range phone, slow 4G, 4x CPU slowdown), the Gateway's first step`);
    const runs = [audit(link, dir), audit(link, dir), audit(link, dir)];
    runs.forEach((r, i) => print(`run ${i + 1}`, r));
    print("median", runs.toSorted((a, b) => a.performance - b.performance)[1]!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
