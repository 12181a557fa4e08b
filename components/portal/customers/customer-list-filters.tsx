"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { CustomerStatus } from "@/server/generated/prisma/enums";
import type { CustomerListParams } from "@/server/contracts/customers/customer-list-params";
import { statusLabel } from "@/components/portal/workflows/workflow-format";

type Props = { params: CustomerListParams; onChange: (next: CustomerListParams) => void };

/** Search and status filter of the customer list; every change becomes the URL's search params. */
export const CustomerListFilters = ({ params, onChange }: Props) => {
  const [q, setQ] = useState(params.q ?? "");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...params, q: q.trim() || undefined });
  };
  return (
    <div className="space-y-3">
      <form role="search" onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <div className="min-w-60 flex-1 space-y-1.5">
          <Label htmlFor="customer-search">Search</Label>
          <Input
            id="customer-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Name, email, phone number or customer id"
            maxLength={200}
          />
        </div>
        <div className="w-44 space-y-1.5">
          <Label htmlFor="customer-status">Status</Label>
          <Select
            id="customer-status"
            value={params.status ?? ""}
            onChange={(e) =>
              onChange({ ...params, status: (e.target.value || undefined) as CustomerListParams["status"] })
            }
          >
            <option value="">Any status</option>
            {Object.values(CustomerStatus).map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      {params.q || params.status ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setQ("");
            onChange({});
          }}
        >
          Clear search and filter
        </Button>
      ) : null}
    </div>
  );
};
