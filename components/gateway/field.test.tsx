import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormAlert, SelectField, TextField } from "./field";

describe("Gateway fields", () => {
  it("labels an input and points it at its hint", () => {
    const html = renderToStaticMarkup(
      <TextField name="email" label="Email" hint="Optional" type="email" autoComplete="email" />,
    );
    expect(html).toContain('<label for="f-email"');
    expect(html).toContain('id="f-email"');
    expect(html).toContain('aria-describedby="f-email-hint"');
    expect(html).not.toContain('aria-invalid="');
  });

  it("shows an error beside its field, marks the field invalid and announces the error with it", () => {
    const html = renderToStaticMarkup(
      <TextField name="addresses.PHYSICAL.city" label="City" hint="Where you live" error="Enter the city" />,
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="f-addresses-PHYSICAL-city-hint f-addresses-PHYSICAL-city-error"');
    expect(html).toMatch(
      /<p id="f-addresses-PHYSICAL-city-error"[^>]*><span class="sr-only">Error: <\/span>Enter the city<\/p>/,
    );
  });

  it("labels a select, with an empty first choice when asked", () => {
    const html = renderToStaticMarkup(
      <SelectField
        name="salutation"
        label="Title"
        placeholder="Choose…"
        options={[{ value: "Dr", label: "Dr" }]}
        error="Choose a salutation"
      />,
    );
    expect(html).toContain('<label for="f-salutation"');
    expect(html).toContain('<option value="">Choose…</option>');
    expect(html).toContain('aria-describedby="f-salutation-error"');
  });

  it("says nothing without a form error, and alerts with one", () => {
    expect(renderToStaticMarkup(<FormAlert />)).toBe("");
    expect(renderToStaticMarkup(<FormAlert message="This link can no longer be used" />)).toContain('role="alert"');
  });
});
