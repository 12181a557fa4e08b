import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { ZCustomerAccountInput, ZEnhanceProfileInput } from "@/server/services/gateway/gateway-inputs";
import { translator } from "@/server/i18n/translator";
import { toFormState } from "./to-form-state";

const en = translator("en");
const es = translator("es");

const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
};

describe("toFormState", () => {
  it("puts each zod issue beside its field, first message first, and keeps the typed values", () => {
    const error = thrown(() => ZCustomerAccountInput.parse({ firstName: "", lastName: "x".repeat(81), email: "nope" }));
    const state = toFormState(en, error, { firstName: "" });
    expect(state).toEqual({
      fieldErrors: {
        firstName: "Enter your first name",
        lastName: expect.stringMatching(/80/),
        email: "Enter an email address like name@example.com",
      },
      formError: "Please check the highlighted fields.",
      values: { firstName: "" },
    });
  });

  it("words the same problems in Spanish", () => {
    const error = thrown(() => ZCustomerAccountInput.parse({ firstName: "", lastName: "x".repeat(81), email: "nope" }));
    expect(toFormState(es, error)).toEqual({
      fieldErrors: {
        firstName: "Ingrese su nombre",
        lastName: "Use 80 caracteres como máximo",
        email: "Ingrese un correo como nombre@ejemplo.com",
      },
      formError: "Revise los campos marcados.",
      values: undefined,
    });
  });

  it("names nested fields by their form names and words length limits plainly", () => {
    const error = thrown(() =>
      ZEnhanceProfileInput.parse({
        addresses: { PHYSICAL: { line1: "x".repeat(121), city: "C", postalCode: "12345", country: "US" } },
      }),
    );
    expect(toFormState(en, error)?.fieldErrors).toEqual({ "addresses.PHYSICAL.line1": "Use 120 characters at most" });
  });

  it("uses an UNPROCESSABLE error's details for fields and its message for the form", () => {
    const error = new AppError("UNPROCESSABLE", "Some details are missing", [
      { path: "dateOfBirth", message: "Enter your date of birth" },
      { path: "phones.HOME", message: "Enter a phone number like +15551234567" },
    ]);
    expect(toFormState(en, error)).toEqual({
      fieldErrors: { dateOfBirth: "Enter your date of birth", "phones.HOME": "Enter a phone number like +15551234567" },
      formError: "Some details are missing",
      values: undefined,
    });
  });

  it("shows a CONFLICT or RATE_LIMITED message for the whole form, in the customer's language", () => {
    expect(toFormState(en, new AppError("CONFLICT", "conflict.notCurrentStep"))).toEqual({
      fieldErrors: {},
      formError: "This step is not the current one; reload the page",
      values: undefined,
    });
    expect(toFormState(es, new AppError("CONFLICT", "conflict.notCurrentStep"))?.formError).toBe(
      "Este paso ya no es el actual; vuelve a cargar la página",
    );
    expect(toFormState(en, new AppError("RATE_LIMITED", "Slow down", { lockedUntil: "x" }))?.formError).toBe(
      "Slow down",
    );
  });

  it("leaves bugs alone so they are not dressed up as input problems", () => {
    expect(toFormState(en, new Error("boom"))).toBeNull();
    expect(toFormState(en, new AppError("INTERNAL", "boom"))).toBeNull();
    expect(toFormState(en, "weird")).toBeNull();
  });
});
