"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { type ChangeEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { BULK_CHUNK_SIZE, type BulkSendResult } from "@/server/contracts/templates/bulk-recipient-row";
import { fieldAria, FormField } from "@/components/portal/form-field";
import { type CheckedCsv, checkBulkCsv, resultsCsv } from "./bulk-csv";
import { BulkProgress } from "./bulk-progress";
import { BulkRowErrors } from "./bulk-row-errors";

type Progress = { done: number; total: number };

const download = (fileName: string, text: string) => {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: fileName });
  link.click();
  URL.revokeObjectURL(url);
};

export const BulkSendForm = ({ businessId }: { businessId: string }) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: options } = useSuspenseQuery(trpc.workflows.formOptions.queryOptions({ businessId }));
  const templates = options.templates.filter((t) => t.status === "ACTIVE");
  const send = useMutation(trpc.workflows.bulkSend.mutationOptions());
  const [templateId, setTemplateId] = useState("");
  const [checking, setChecking] = useState<Progress | null>(null);
  const [checked, setChecked] = useState<CheckedCsv | null>(null);
  const [sending, setSending] = useState<Progress | null>(null);
  const [results, setResults] = useState<BulkSendResult[] | null>(null);
  const [tried, setTried] = useState(false);
  const [fileKey, setFileKey] = useState(0);

  const template = templates.find((t) => t.id === templateId);
  const rows = checked?.rows ?? [];
  const valid = rows.filter((row) => row.errors.length === 0);
  const usesAmount = valid.some((row) => row.amount !== undefined);
  const templateError = !template
    ? "Choose the template to send"
    : usesAmount && !template.steps.some((step) => step.name === "move-money")
      ? "This template has no move-money step, so the file's amount column cannot be used"
      : undefined;
  const busy = checking !== null || sending !== null;

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setChecked(null);
    setResults(null);
    if (!file) return;
    setChecking({ done: 0, total: 0 });
    const text = await file.text();
    setChecked(await checkBulkCsv(text, (done, total) => setChecking({ done, total })));
    setChecking(null);
  };

  const sendAll = async () => {
    setTried(true);
    if (templateError || valid.length === 0) return;
    const collected: BulkSendResult[] = [];
    setSending({ done: 0, total: valid.length });
    for (let start = 0; start < valid.length; start += BULK_CHUNK_SIZE) {
      const chunk = valid.slice(start, start + BULK_CHUNK_SIZE).map(({ errors: _errors, ...row }) => row);
      try {
        collected.push(...(await send.mutateAsync({ businessId, templateId, rows: chunk })).results);
      } catch (error) {
        const message = error instanceof Error ? error.message : "The request failed";
        collected.push(...chunk.map((row) => ({ row: row.row, status: "failed" as const, error: message })));
      }
      setSending({ done: collected.length, total: valid.length });
    }
    setResults(collected);
    setSending(null);
    await queryClient.invalidateQueries({ queryKey: trpc.workflows.list.pathKey() });
  };

  const startOver = () => {
    setChecked(null);
    setResults(null);
    setTried(false);
    setFileKey((key) => key + 1);
  };

  const created = results?.filter((result) => result.status === "created").length ?? 0;
  const failed = (results?.length ?? 0) - created;

  if (templates.length === 0) {
    return (
      <Alert>
        There are no active templates yet. Ask an admin to create one on the Templates page; bulk send sends a template
        to each row.
      </Alert>
    );
  }
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title="1. Choose a template and a CSV file"
          description='The first row names the columns: "phone" (international format, e.g. +14155550123), and optionally "name", "amount" and "locale" (en or es: the language of the texts and screens for that row).'
        />
        <CardBody className="grid gap-4 md:grid-cols-2">
          <FormField id="bulk-template" label="Template" error={tried ? templateError : undefined}>
            <Select
              id="bulk-template"
              value={templateId}
              disabled={busy || results !== null}
              onChange={(e) => setTemplateId(e.target.value)}
              {...fieldAria("bulk-template", tried ? templateError : undefined)}
            >
              <option value="">Choose a template…</option>
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} (v{t.version})
                </option>
              ))}
            </Select>
          </FormField>
          <FormField
            id="bulk-file"
            label="CSV file"
            help="Rows are checked here, in your browser, before anything is sent."
          >
            <Input
              key={fileKey}
              id="bulk-file"
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              onChange={chooseFile}
              aria-describedby="bulk-file-help"
              className="pt-1.5"
            />
          </FormField>
        </CardBody>
      </Card>

      {checking ? <BulkProgress label="Checking rows…" done={checking.done} total={checking.total} /> : null}
      {checked?.problem ? <Alert tone="error">{checked.problem}</Alert> : null}

      {checked && !checked.problem ? (
        <Card>
          <CardHeader
            title="2. Check the rows"
            description={`${rows.length} rows: ${valid.length} valid, ${rows.length - valid.length} with errors.`}
            action={
              results === null ? (
                <Button onClick={sendAll} disabled={busy || valid.length === 0}>
                  Send to {valid.length} valid {valid.length === 1 ? "row" : "rows"}
                </Button>
              ) : null
            }
          />
          {sending ? (
            <CardBody>
              <BulkProgress label="Sending…" done={sending.done} total={sending.total} />
            </CardBody>
          ) : null}
          {results ? (
            <CardBody className="flex flex-wrap items-center justify-between gap-3">
              <Alert tone={failed === 0 ? "success" : "info"}>
                Sent {created} {created === 1 ? "workflow" : "workflows"}
                {failed > 0 ? `; ${failed} rows failed (see the results file)` : ""}.
              </Alert>
              <div className="flex gap-2">
                <Button
                  variant="secondary"
                  onClick={() => download("bulk-send-results.csv", resultsCsv(rows, results))}
                >
                  Download results (CSV)
                </Button>
                <Button variant="secondary" onClick={startOver}>
                  Send another file
                </Button>
                <Link href="/portal/workflows" className={buttonClasses({ variant: "ghost" })}>
                  View workflows
                </Link>
              </div>
            </CardBody>
          ) : null}
          <BulkRowErrors rows={rows} />
        </Card>
      ) : null}
    </div>
  );
};
