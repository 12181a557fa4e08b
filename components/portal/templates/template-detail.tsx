"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Badge } from "@/components/ui/badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableBody, TableCard, TableHead, Td, Th } from "@/components/ui/data-table";
import { formatDateTime, formatHours } from "@/components/portal/format";
import { describeStep } from "./describe-step";

export const TemplateDetail = ({
  businessId,
  templateId,
  canEdit,
}: {
  businessId: string;
  templateId: string;
  canEdit: boolean;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.templates.get.queryOptions({ businessId, templateId }));
  const [archiving, setArchiving] = useState(false);
  const archive = useMutation(
    trpc.templates.archive.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.templates.pathKey() });
        setArchiving(false);
      },
    }),
  );
  const { template, versions } = data;
  const archived = template.status === "ARCHIVED";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        {archived ? <Badge>Archived</Badge> : <Badge tone="success">Active</Badge>}
        <span className="text-sm text-slate-600">
          Version {template.version}, saved {formatDateTime(template.versionCreatedAt)}
        </span>
        {canEdit && !archived ? (
          <div className="ml-auto flex gap-2">
            <Link href={`/portal/templates/${template.id}/edit`} className={buttonClasses()}>
              Edit
            </Link>
            <Button variant="secondary" onClick={() => setArchiving(true)}>
              Archive
            </Button>
          </div>
        ) : null}
      </div>
      <Card>
        <CardHeader title="Current version" description="What a workflow sent from this template asks for now." />
        <CardBody>
          <dl className="grid gap-x-6 gap-y-3 text-sm md:grid-cols-[12rem_1fr]">
            <dt className="font-medium text-slate-600">Title</dt>
            <dd className="text-slate-900">{template.title}</dd>
            <dt className="font-medium text-slate-600">Memo</dt>
            <dd className="text-slate-900">{template.customerMemo ?? "None"}</dd>
            <dt className="font-medium text-slate-600">Link lifetime</dt>
            <dd className="text-slate-900">
              {template.expireInHours ? formatHours(template.expireInHours) : "The business default"}
            </dd>
            <dt className="font-medium text-slate-600">Steps</dt>
            <dd>
              <ol className="list-decimal space-y-1 pl-5 text-slate-900">
                {template.steps.map((step) => (
                  <li key={step.name}>{describeStep(step)}</li>
                ))}
              </ol>
            </dd>
          </dl>
        </CardBody>
      </Card>
      <TableCard label="Version history">
        <CardHeader
          title="Version history"
          description="Each edit saves a new version; workflows keep the version they were sent with."
        />
        <Table>
          <caption className="sr-only">Versions of this template</caption>
          <TableHead>
            <tr>
              <Th>Version</Th>
              <Th>Title</Th>
              <Th>Steps</Th>
              <Th>Saved</Th>
              <Th>Workflows sent</Th>
            </tr>
          </TableHead>
          <TableBody>
            {versions.map((version) => (
              <tr key={version.id}>
                <Th scope="row">
                  v{version.version}
                  {version.version === template.version ? " " : null}
                  {version.version === template.version ? (
                    <span className="ml-1 text-xs font-normal text-slate-500">(current)</span>
                  ) : null}
                </Th>
                <Td>{version.title}</Td>
                <Td className="max-w-md">{version.steps.map((step) => step.name).join(" → ")}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(version.createdAt)}</Td>
                <Td>{version.workflowCount}</Td>
              </tr>
            ))}
          </TableBody>
        </Table>
      </TableCard>
      <ConfirmDialog
        open={archiving}
        onCancel={() => {
          setArchiving(false);
          archive.reset();
        }}
        onConfirm={() => archive.mutate({ businessId, templateId })}
        title={`Archive “${template.name}”?`}
        description="No new workflows can be sent from it and it can no longer be edited. Workflows already sent from it carry on."
        confirmLabel="Archive template"
        pending={archive.isPending}
        error={archive.error?.message}
      />
    </div>
  );
};
