import { expect, test } from "@playwright/test";
import { createWorkflow, getWorkflow, linkIn, textsTo, uniquePhone } from "./gateway-kit";

// The Gateway in the customer's language, with JavaScript off: every form posts to its server
// action and the page comes back from the server, so a phone that runs no script still gets
// through, in Spanish.
test.describe.configure({ mode: "serial", timeout: 120_000 });
test.use({ javaScriptEnabled: false });

const steps = (phoneNumber: string) => [
  { name: "notification", parameters: { phoneNumber, channel: "SMS" } },
  { name: "customer-account", parameters: {} },
  { name: "financial-account", parameters: { financialAccountSubType: "CHECKING" } },
  {
    name: "move-money",
    parameters: {
      transactionType: "REQUEST",
      solution: "ach",
      amount: "1250.00",
      currency: "USD",
      description: "Renta de marzo",
    },
  },
];

test("[GATEWAY_SPANISH] a request with locale es-US: Spanish text, Spanish screens, <html lang=es>, without JavaScript", async ({
  page,
  request,
}) => {
  const phone = uniquePhone();
  const workflow = await createWorkflow(request, {
    title: "Confirme su renta de marzo",
    locale: "es-US",
    steps: steps(phone),
  });
  const [initial] = await textsTo(request, phone);
  expect(initial!.body).toMatch(
    /^Demo Co: Confirme su renta de marzo\. Abra \S+ \(vence el \d+ \w+\)\. Responda STOP para darse de baja\.$/,
  );

  await page.goto(linkIn(initial!.body));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page).toHaveTitle(/Solicitud segura/);
  await expect(page.getByText("Paso 1 de 3")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cree su cuenta" })).toBeVisible();

  await page.getByRole("button", { name: "Continuar" }).click();
  await expect(page.getByText("Ingrese su nombre")).toBeVisible();
  await expect(page.getByText("Revise los campos marcados.")).toBeVisible();
  await page.getByLabel("Nombre").fill("Ana");
  await page.getByLabel("Apellido").fill("García");
  await page.getByRole("button", { name: "Continuar" }).click();

  await expect(page.getByRole("heading", { name: "Agregue un método de pago" })).toBeVisible();
  await page.getByLabel("Nombre del titular de la cuenta").fill("Ana García");
  await page.getByLabel("Número de ruta (routing)").fill("021000021");
  await page.getByLabel("Número de cuenta").fill("000123456789");
  await page.getByRole("button", { name: "Continuar" }).click();

  await expect(page.getByRole("heading", { name: "Revise el pago" })).toBeVisible();
  await expect(page.getByText("Usted paga")).toBeVisible();
  await expect(page.getByText("$1,250.00", { exact: true })).toBeVisible();
  await expect(page.getByText("Demo Co le solicita $1,250.00 de Cuenta corriente •••• 6789")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/gateway-es-payment.png", fullPage: true });
  await page.getByRole("button", { name: "Confirmar el pago" }).click();

  await expect(page.getByRole("heading", { name: "Gracias, ya está todo listo" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect
    .poll(async () => (await getWorkflow(request, workflow.id)).status, { timeout: 15_000 })
    .toBe("COMPLETED");
});

test.describe("without a locale on the request", () => {
  test.use({ locale: "es-MX" });

  test("[GATEWAY_BROWSER_LANGUAGE] follows the browser, and the customer can switch, without JavaScript", async ({
    page,
    request,
  }) => {
    const phone = uniquePhone();
    await createWorkflow(request, { title: "Confirm your March rent", steps: steps(phone) });
    const [initial] = await textsTo(request, phone);
    expect(initial!.body).toMatch(/Reply STOP to opt out\.$/);

    await page.goto(linkIn(initial!.body));
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { name: "Cree su cuenta" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Español" })).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText("Enter your first name")).toBeVisible();
  });
});

test.describe("an unknown link", () => {
  // Next sends a page that calls notFound() as its error document (<html id="__next_error__">, no
  // lang) and draws the not-found screen from the RSC payload, so this one screen needs JavaScript.
  test.use({ locale: "es-MX", javaScriptEnabled: true });

  test("[GATEWAY_UNKNOWN_LINK_LANGUAGE] says so in the browser's language", async ({ page }) => {
    const response = await page.goto(`/l/${"x".repeat(43)}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No encontramos este enlace" })).toBeVisible();
  });
});
