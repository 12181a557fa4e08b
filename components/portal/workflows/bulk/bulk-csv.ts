import Papa from "papaparse";
import {
  ZBulkRecipientRow,
  type BulkSendResult,
  type BulkSendRow,
} from "@/server/contracts/templates/bulk-recipient-row";

// Reading a bulk-send CSV in the browser: parse, find the columns by name, check each row with the
// API's own rules. Checking runs in slices with a yield between them, so thousands of rows never
// freeze the page.

export type CheckedRow = BulkSendRow & { errors: string[] };

export type CheckedCsv = { rows: CheckedRow[]; problem: string | null };

const COLUMN_NAMES = {
  phoneNumber: ["phone", "phonenumber", "phone_number", "phone number", "mobile", "mobile number"],
  email: ["email", "e-mail", "email address"],
  name: ["name", "customer", "customer name"],
  amount: ["amount"],
  locale: ["locale", "language", "lang"],
} as const;

const COLUMN_LABEL: Record<string, string> = {
  phoneNumber: "Phone",
  email: "Email",
  name: "Name",
  amount: "Amount",
  locale: "Locale",
};

const SLICE = 250;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const findColumn = (header: string[], names: readonly string[]) =>
  header.findIndex((cell) => names.includes(cell.trim().toLowerCase()));

/** Checks one row; `values` are the raw cells of its columns, empty optional cells left out. */
const checkRow = (
  row: number,
  values: { phoneNumber?: string; email?: string; name?: string; amount?: string; locale?: string },
): CheckedRow => {
  const phoneNumber = values.phoneNumber?.trim() || undefined;
  const email = values.email?.trim() || undefined;
  const name = values.name?.trim() || undefined;
  const amount = values.amount?.trim() || undefined;
  const locale = values.locale?.trim() || undefined;
  const parsed = ZBulkRecipientRow.safeParse({ phoneNumber, email, name, amount, locale });
  if (parsed.success)
    return {
      row,
      phoneNumber: parsed.data.phoneNumber,
      email: parsed.data.email,
      name: parsed.data.name,
      amount: parsed.data.amount,
      locale: parsed.data.locale,
      errors: [],
    };
  // The first problem of each column is enough to fix it.
  const firstByColumn = new Map<string, string>();
  for (const issue of parsed.error.issues) {
    const column = String(issue.path[0] ?? "row");
    if (!firstByColumn.has(column)) firstByColumn.set(column, `${COLUMN_LABEL[column] ?? column}: ${issue.message}`);
  }
  const errors = [...firstByColumn.values()];
  return { row, phoneNumber, email, name, amount, locale, errors };
};

/** Parses CSV text with a header row (a phone or email column, and optionally name and amount) and checks every row. */
export const checkBulkCsv = async (
  text: string,
  onProgress?: (done: number, total: number) => void,
): Promise<CheckedCsv> => {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...records] = data;
  if (!header) return { rows: [], problem: "The file is empty." };
  const columns = {
    phoneNumber: findColumn(header, COLUMN_NAMES.phoneNumber),
    email: findColumn(header, COLUMN_NAMES.email),
    name: findColumn(header, COLUMN_NAMES.name),
    amount: findColumn(header, COLUMN_NAMES.amount),
    locale: findColumn(header, COLUMN_NAMES.locale),
  };
  if (columns.phoneNumber < 0 && columns.email < 0)
    return {
      rows: [],
      problem:
        'The first row must name the columns, with one called "phone" (or "email", for a template that emails; and optionally "name", "amount" and "locale").',
    };
  if (records.length === 0) return { rows: [], problem: "The file has column names but no rows." };
  const cell = (record: string[], index: number) => (index < 0 ? undefined : record[index]);
  const rows: CheckedRow[] = [];
  for (let start = 0; start < records.length; start += SLICE) {
    for (const [offset, record] of records.slice(start, start + SLICE).entries()) {
      rows.push(
        checkRow(start + offset + 1, {
          phoneNumber: cell(record, columns.phoneNumber),
          email: cell(record, columns.email),
          name: cell(record, columns.name),
          amount: cell(record, columns.amount),
          locale: cell(record, columns.locale),
        }),
      );
    }
    onProgress?.(rows.length, records.length);
    await yieldToBrowser();
  }
  return { rows, problem: null };
};

/** "phone" or "email" when every row has that one, else "recipient". */
const recipientColumn = (rows: CheckedRow[]) =>
  rows.every((row) => !row.email) ? "phone" : rows.every((row) => !row.phoneNumber) ? "email" : "recipient";

/** The results as a CSV to download: row, phone or email, status, and the workflow id or the error. */
export const resultsCsv = (rows: CheckedRow[], results: BulkSendResult[]) => {
  const byRow = new Map(results.map((result) => [result.row, result]));
  const lines = rows.map((row) => {
    const result = byRow.get(row.row);
    if (row.errors.length > 0) return [row.row, row.phoneNumber ?? row.email ?? "", "invalid", row.errors.join("; ")];
    if (!result) return [row.row, row.phoneNumber ?? row.email ?? "", "not sent", ""];
    return result.status === "created"
      ? [row.row, row.phoneNumber ?? row.email ?? "", "created", result.workflowId]
      : [row.row, row.phoneNumber ?? row.email ?? "", "failed", result.error];
  });
  return Papa.unparse(
    { fields: ["row", recipientColumn(rows), "status", "workflow id or error"], data: lines },
    { newline: "\r\n" },
  );
};
