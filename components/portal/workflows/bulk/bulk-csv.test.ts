import { describe, expect, it } from "vitest";
import { checkBulkCsv, resultsCsv } from "./bulk-csv";

describe("checkBulkCsv", () => {
  it("reads quoted fields with commas and quotes, CRLF line ends, a BOM and columns in any order", async () => {
    const text =
      '\uFEFFName,Amount,Phone\r\n"Lovelace, Ada",12.50,+1 415 555 0123\r\n"Bob ""B"" Jones",,+14155550124\r\n\r\n';
    const { rows, problem } = await checkBulkCsv(text);
    expect(problem).toBeNull();
    expect(rows).toEqual([
      { row: 1, phoneNumber: "+14155550123", name: "Lovelace, Ada", amount: "12.50", errors: [] },
      { row: 2, phoneNumber: "+14155550124", name: 'Bob "B" Jones', amount: undefined, errors: [] },
    ]);
  });

  it("reads a locale column, takes regional forms as their language, and refuses others by row", async () => {
    const { rows } = await checkBulkCsv("phone,locale\n+14155550101,es-US\n+14155550102,\n+14155550103,fr\n");
    expect(rows.map((row) => [row.locale, row.errors])).toEqual([
      ["es", []],
      [undefined, []],
      ["fr", [expect.stringMatching(/^Locale: must be "en" or "es"/)]],
    ]);
  });

  it("reads an email column for a template that emails: each address checked, lower-cased", async () => {
    const { rows } = await checkBulkCsv("email,name\nAna@Example.com,Ana\nnot-an-address,Bo\n,Cy\n");
    expect(rows.map((row) => [row.email, row.errors])).toEqual([
      ["ana@example.com", []],
      ["not-an-address", [expect.stringMatching(/^Email: Enter a valid email address/)]],
      [undefined, [expect.stringMatching(/^Phone: give a phone number or an email address/)]],
    ]);
  });

  it("reports each bad row with the API's phone and amount rules, keeping the good ones", async () => {
    const { rows } = await checkBulkCsv(
      "phone,amount\n4155550123,5\n+14155550125,-1\n+14155550126,abc\n+14155550127,\n",
    );
    expect(rows.map((row) => [row.row, row.errors.length])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 0],
    ]);
    expect(rows[0]?.errors[0]).toMatch(/^Phone: must be a valid phone number/);
    expect(rows[1]?.errors[0]).toMatch(/^Amount: must be a decimal/);
  });

  it("refuses a file without a phone column or without rows, and reports progress while checking", async () => {
    expect((await checkBulkCsv("name,amount\nAda,5\n")).problem).toMatch(/phone/);
    expect((await checkBulkCsv("phone\n")).problem).toMatch(/no rows/);
    expect((await checkBulkCsv("")).problem).toMatch(/empty/);
    const progress: number[] = [];
    const many = ["phone", ...Array.from({ length: 600 }, (_, i) => `+1415555${String(1000 + i)}`)].join("\n");
    const { rows } = await checkBulkCsv(many, (done) => progress.push(done));
    expect(rows).toHaveLength(600);
    expect(progress).toEqual([250, 500, 600]);
  });
});

describe("resultsCsv", () => {
  it("writes one line per row with its outcome, quoting what needs quoting", async () => {
    const { rows } = await checkBulkCsv("phone\n+14155550123\nnope\n+14155550124\n+14155550125\n");
    const csv = resultsCsv(rows, [
      { row: 1, status: "created", workflowId: "wf_1" },
      { row: 3, status: "failed", error: "amount: too big, really" },
    ]);
    expect(csv.split("\r\n")).toEqual([
      "row,phone,status,workflow id or error",
      "1,+14155550123,created,wf_1",
      expect.stringMatching(/^2,nope,invalid,"Phone: must be a valid/),
      '3,+14155550124,failed,"amount: too big, really"',
      "4,+14155550125,not sent,",
    ]);
  });
});
