import { Table, TableBody, TableHead, Td, Th } from "@/components/ui/data-table";
import type { CheckedRow } from "./bulk-csv";

const SHOWN = 100;

/** The rows that will not be sent, with why; the first hundred, the rest counted. */
export const BulkRowErrors = ({ rows }: { rows: CheckedRow[] }) => {
  const invalid = rows.filter((row) => row.errors.length > 0);
  if (invalid.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <Table>
        <caption className="px-5 py-3 text-left text-sm font-semibold text-red-800">
          {invalid.length} {invalid.length === 1 ? "row has" : "rows have"} errors and will not be sent. Fix them in the
          file and choose it again to include them.
        </caption>
        <TableHead>
          <tr>
            <Th>Row</Th>
            <Th>Phone</Th>
            <Th>Errors</Th>
          </tr>
        </TableHead>
        <TableBody>
          {invalid.slice(0, SHOWN).map((row) => (
            <tr key={row.row}>
              <Th scope="row" className="tabular-nums">
                {row.row}
              </Th>
              <Td className="font-mono text-xs">{row.phoneNumber || row.email || "(empty)"}</Td>
              <Td className="text-red-800">{row.errors.join("; ")}</Td>
            </tr>
          ))}
        </TableBody>
      </Table>
      {invalid.length > SHOWN ? (
        <p className="px-5 py-3 text-sm text-slate-600">
          And {invalid.length - SHOWN} more: download the results after sending to see them all.
        </p>
      ) : null}
    </div>
  );
};
