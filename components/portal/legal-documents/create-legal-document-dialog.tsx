"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/components/trpc/trpc-provider";
import { Alert } from "@/components/ui/alert";
import { Dialog } from "@/components/ui/dialog";
import { FieldMessage } from "@/components/ui/field-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { createLegalDocumentBody } from "@/server/api/rest/legal-documents/legal-document-schemas";
import { zodFieldErrors } from "@/components/portal/zod-field-errors";
import { LegalDocumentFields } from "./legal-document-fields";
import { FormActions } from "@/components/ui/form-actions";

const EMPTY = { id: "", title: "", content: "" };

export const CreateLegalDocumentDialog = ({
  businessId,
  open,
  onClose,
}: {
  businessId: string;
  open: boolean;
  onClose: () => void;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [values, setValues] = useState(EMPTY);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const create = useMutation(
    trpc.legalDocuments.create.mutationOptions({
      onSuccess: async (document) => {
        await queryClient.invalidateQueries({ queryKey: trpc.legalDocuments.pathKey() });
        router.push(`/portal/legal-documents/${document.key}`);
      },
    }),
  );
  const all = zodFieldErrors(createLegalDocumentBody, values);
  const errors = Object.fromEntries(Object.entries(all).filter(([field]) => touched[field]));
  const change = (patch: Partial<typeof EMPTY>) => {
    setValues((current) => ({ ...current, ...patch }));
    setTouched((current) => ({ ...current, ...Object.fromEntries(Object.keys(patch).map((key) => [key, true])) }));
  };
  const close = () => {
    setValues(EMPTY);
    setTouched({});
    create.reset();
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTouched({ id: true, title: true, content: true });
    if (Object.keys(all).length === 0) create.mutate({ businessId, ...values });
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title="New legal document"
      description="Version 1 of a document customers can be asked to accept."
      className="max-w-2xl"
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        <div className="space-y-1.5">
          <Label htmlFor="document-id">Document id</Label>
          <Input
            id="document-id"
            value={values.id}
            maxLength={63}
            onChange={(e) => change({ id: e.target.value })}
            aria-invalid={errors.id ? true : undefined}
            aria-describedby="document-id-message"
            className="font-mono"
          />
          <FieldMessage
            id="document-id-message"
            error={errors.id}
            help="How templates and the API name it, e.g. terms-of-service. It cannot change later."
          />
        </div>
        <LegalDocumentFields values={values} errors={errors} onChange={change} />
        {create.isError ? <Alert tone="error">{create.error.message}</Alert> : null}
        <FormActions
          onCancel={close}
          pending={create.isPending}
          pendingLabel="Creating…"
          submitLabel="Create document"
        />
      </form>
    </Dialog>
  );
};
