import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

export type AuditFilterValues = { actor: string; action: string; from: string; to: string };

type Member = { userId: string; name: string; email: string };

/** A plain GET form: the filters live in the URL, so a filtered view can be shared and exported. */
export const AuditLogFilters = ({
  values,
  members,
  exportHref,
}: {
  values: AuditFilterValues;
  members: Member[];
  exportHref: string;
}) => (
  <form
    method="get"
    action="/portal/audit-log"
    className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2 xl:grid-cols-[1.4fr_1.2fr_1fr_1fr_auto]"
    aria-label="Filter the audit log"
  >
    <div className="space-y-1.5">
      <Label htmlFor="filter-actor">Who</Label>
      <Select id="filter-actor" name="actor" defaultValue={values.actor}>
        <option value="">Anyone</option>
        <optgroup label="Staff">
          {members.map((member) => (
            <option key={member.userId} value={`USER:${member.userId}`}>
              {member.name} ({member.email})
            </option>
          ))}
        </optgroup>
        <option value="API_KEY">Any API key</option>
        <option value="CUSTOMER">Customers</option>
        <option value="SYSTEM">LinX itself</option>
      </Select>
    </div>
    <div className="space-y-1.5">
      <Label htmlFor="filter-action">Action</Label>
      <Input
        id="filter-action"
        name="action"
        defaultValue={values.action}
        placeholder="e.g. api-key.created"
        list="audit-actions"
      />
    </div>
    <div className="space-y-1.5">
      <Label htmlFor="filter-from">From (UTC)</Label>
      <Input id="filter-from" name="from" type="date" defaultValue={values.from} />
    </div>
    <div className="space-y-1.5">
      <Label htmlFor="filter-to">To (UTC)</Label>
      <Input id="filter-to" name="to" type="date" defaultValue={values.to} />
    </div>
    <div className="flex flex-wrap items-end gap-2 md:col-span-2 xl:col-span-1">
      <Button type="submit">Apply</Button>
      <Link href="/portal/audit-log" className={buttonClasses({ variant: "ghost" })}>
        Clear
      </Link>
      <a href={exportHref} className={buttonClasses({ variant: "secondary" })} download>
        Export CSV
      </a>
    </div>
  </form>
);
