"use client";

import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { LegalDocumentText } from "@/components/gateway/legal-document-text";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { createLegalDocumentVersionBody } from "@/server/api/rest/legal-documents/legal-document-schemas";
import { formatDateTime } from "@/components/portal/format";
import { zodFieldErrors } from "@/components/portal/zod-field-errors";
import { LegalDocumentFields } from "./legal-document-fields";

type Version = {
  version: number;
  title: string;
  content: string;
  contentHash: string;
  createdAt: string;
  acceptanceCount: number;
};

/** A phone-width frame around the Gateway's own rendering, so staff read what customers read. */
const CustomerPreview = ({ id, version }: { id: string; version: Version }) => (
  <div className="max-w-md space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-xs">
    <LegalDocumentText
      id={id}
      title={version.title}
      content={version.content}
      regionLabel={`${version.title}, full text`}
    />
  </div>
);

export const LegalDocumentDetail = ({
  businessId,
  documentKey,
  canEdit,
}: {
  businessId: string;
  documentKey: string;
  canEdit: boolean;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const { data } = useSuspenseQuery(trpc.legalDocuments.get.queryOptions({ businessId, key: documentKey }));
  const [current, ...earlier] = data.versions as [Version, ...Version[]];
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState({ title: current.title, content: current.content });
  const addVersion = useMutation(
    trpc.legalDocuments.addVersion.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.legalDocuments.pathKey() });
        setEditing(false);
        // The page title is rendered on the server.
        router.refresh();
      },
    }),
  );
  const errors = zodFieldErrors(createLegalDocumentVersionBody, values);
  const unchanged = values.title === current.title && values.content === current.content;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (Object.keys(errors).length === 0 && !unchanged) addVersion.mutate({ businessId, key: documentKey, ...values });
  };
  return (
    <div className="space-y-6">
      {addVersion.isSuccess ? (
        <Alert tone="success">
          Version {addVersion.data.version} is now current. Customers asked from now on see it.
        </Alert>
      ) : null}
      <Card>
        <CardHeader
          title={`Version ${current.version} (current)`}
          description={`Saved ${formatDateTime(current.createdAt)} · accepted ${current.acceptanceCount} time${current.acceptanceCount === 1 ? "" : "s"} · as the customer sees it:`}
          action={
            canEdit && !editing ? (
              <Button
                onClick={() => {
                  setValues({ title: current.title, content: current.content });
                  setEditing(true);
                }}
              >
                Add a version
              </Button>
            ) : undefined
          }
        />
        <CardBody>
          <CustomerPreview id={`v${current.version}`} version={current} />
        </CardBody>
      </Card>
      {editing ? (
        <Card>
          <CardHeader
            title={`Version ${current.version + 1}`}
            description="Customers who accepted earlier versions keep their record of what they accepted."
          />
          <CardBody>
            <form onSubmit={submit} noValidate className="space-y-4">
              <LegalDocumentFields
                values={values}
                errors={errors}
                onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
              />
              {unchanged ? (
                <p className="text-sm text-slate-500">Change the title or the text to save a new version.</p>
              ) : null}
              {addVersion.isError ? <Alert tone="error">{addVersion.error.message}</Alert> : null}
              <div className="flex gap-2">
                <Button type="submit" disabled={addVersion.isPending || unchanged || Object.keys(errors).length > 0}>
                  {addVersion.isPending ? "Saving…" : `Save version ${current.version + 1}`}
                </Button>
                <Button variant="secondary" onClick={() => setEditing(false)}>
                  Cancel
                </Button>
              </div>
            </form>
          </CardBody>
        </Card>
      ) : null}
      <Card>
        <CardHeader title="Earlier versions" />
        <CardBody className="space-y-2">
          {earlier.length === 0 ? <p className="text-sm text-slate-600">This is the first version.</p> : null}
          {earlier.map((version) => (
            <details key={version.version} className="rounded-md border border-slate-200 p-3">
              <summary className="cursor-pointer text-sm font-medium text-slate-900">
                Version {version.version}: {version.title} · {formatDateTime(version.createdAt)} · accepted{" "}
                {version.acceptanceCount} time{version.acceptanceCount === 1 ? "" : "s"}
              </summary>
              <div className="pt-3">
                <CustomerPreview id={`v${version.version}`} version={version} />
              </div>
            </details>
          ))}
        </CardBody>
      </Card>
    </div>
  );
};
