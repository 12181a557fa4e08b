import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTests } from "@/server/env";
import { queueEmail } from "@/server/services/mail/queue-email";
import { uniqueSuffix } from "@/server/testing/factories";
import { inUnitOfWork } from "@/server/work/unit-of-work";
import DevMailPage from "./page";

// The refresher needs a mounted app router; rendering to a string has none.
vi.mock("@/app/dev/phone/auto-refresh", () => ({ AutoRefresh: () => null }));

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

const render = async (to?: string) =>
  renderToStaticMarkup(await DevMailPage({ searchParams: Promise.resolve(to === undefined ? {} : { to }) }));

describe("/dev/mail", () => {
  it("shows an address's email, newest first, with the link filled in and clickable", async () => {
    const to = `mia.${uniqueSuffix()}@example.com`;
    const send = (subject: string, link: string) =>
      inUnitOfWork((uow) =>
        queueEmail(uow, {
          purpose: "PASSWORD_RESET",
          to,
          link,
          content: { lang: "en", subject, paragraphs: ["Hello"], action: { label: "Open", hint: "Once." } },
        }),
      );
    await send("First email", "https://linx.test/reset-password/one");
    await send("Second email", "https://linx.test/reset-password/two");

    const html = await render(to.toUpperCase());
    expect(html).toContain('<label for="to"');
    expect(html).toContain(`Email to ${to}`);
    expect(html).toContain('<a href="https://linx.test/reset-password/two"');
    expect(html.indexOf("Second email")).toBeLessThan(html.indexOf("First email"));
    expect(html).not.toContain("{{link}}");
  });

  it("says so for an invalid address, and is not served beside a real SMTP server", async () => {
    expect(await render("not-an-address")).toContain('role="alert"');
    Object.assign(process.env, { SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "no-reply@linx.test" });
    resetEnvForTests();
    await expect(render()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});
