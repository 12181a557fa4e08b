import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

const html = (text: string) => renderToStaticMarkup(linkify(text));

describe("linkify", () => {
  it("turns each URL into a link and keeps the rest as text", () => {
    const out = html("Demo Co asks you to confirm: https://linx.test/l/abc?x=1 Reply STOP to opt out");
    expect(out).toContain('<a href="https://linx.test/l/abc?x=1"');
    expect(out).toContain(">https://linx.test/l/abc?x=1</a> Reply STOP to opt out");
    expect(out.startsWith("Demo Co asks you to confirm: ")).toBe(true);
  });

  it("leaves sentence punctuation outside the link", () => {
    const out = html("Open http://localhost:3000/l/xyz.");
    expect(out).toContain('href="http://localhost:3000/l/xyz"');
    expect(out).toMatch(/>http:\/\/localhost:3000\/l\/xyz<\/a>\.$/);
  });

  it("escapes text and handles several links or none", () => {
    expect(html("<b>no link</b>")).toBe("&lt;b&gt;no link&lt;/b&gt;");
    expect(html("a https://a.test b https://b.test").match(/<a /g)).toHaveLength(2);
  });
});
