"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { WorkflowStatus } from "@/server/generated/prisma/enums";
import type { WorkflowListParams } from "@/server/contracts/workflows/workflow-list-params";
import { statusLabel } from "./workflow-format";

type Props = {
  params: WorkflowListParams;
  templates: Array<{ id: string; name: string }>;
  onChange: (next: WorkflowListParams) => void;
};

const SORT_LABELS = { created: "Created", updated: "Last updated", expiry: "Expiry" } as const;

/** Search, filters and order of the list; every change becomes the URL's search params. */
export const WorkflowListFilters = ({ params, templates, onChange }: Props) => {
  const [q, setQ] = useState(params.q ?? "");
  const set = (patch: Partial<WorkflowListParams>) => onChange({ ...params, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ q: q.trim() || undefined });
  };
  const active = Boolean(params.q || params.status || params.template || params.from || params.to);
  return (
    <div className="space-y-3">
      <form role="search" onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <div className="min-w-60 flex-1 space-y-1.5">
          <Label htmlFor="workflow-search">Search</Label>
          <Input
            id="workflow-search"
            type="search"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder="Customer name, phone number or workflow id"
            maxLength={200}
          />
        </div>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        <div className="space-y-1.5">
          <Label htmlFor="workflow-status">Status</Label>
          <Select
            id="workflow-status"
            value={params.status ?? ""}
            onChange={(e) => set({ status: (e.target.value || undefined) as WorkflowListParams["status"] })}
          >
            <option value="">Any status</option>
            {Object.values(WorkflowStatus).map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="workflow-template">Template</Label>
          <Select
            id="workflow-template"
            value={params.template ?? ""}
            onChange={(e) => set({ template: e.target.value || undefined })}
          >
            <option value="">Any template</option>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="workflow-from">Created from</Label>
          <Input
            id="workflow-from"
            type="date"
            value={params.from ?? ""}
            max={params.to}
            onChange={(e) => set({ from: e.target.value || undefined })}
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="workflow-to">Created to</Label>
          <Input
            id="workflow-to"
            type="date"
            value={params.to ?? ""}
            min={params.from}
            onChange={(e) => set({ to: e.target.value || undefined })}
          />
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="workflow-sort">Sort by</Label>
          <Select
            id="workflow-sort"
            value={params.sort ?? "created"}
            onChange={(e) => set({ sort: e.target.value as WorkflowListParams["sort"], dir: undefined })}
          >
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1.5">
          <Label htmlFor="workflow-dir">Order</Label>
          <Select
            id="workflow-dir"
            value={params.dir ?? (params.sort === "expiry" ? "asc" : "desc")}
            onChange={(e) => set({ dir: e.target.value as "asc" | "desc" })}
          >
            <option value="desc">Latest first</option>
            <option value="asc">Earliest first</option>
          </Select>
        </div>
      </div>
      {active ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setQ("");
            onChange({ sort: params.sort, dir: params.dir });
          }}
        >
          Clear search and filters
        </Button>
      ) : null}
    </div>
  );
};
