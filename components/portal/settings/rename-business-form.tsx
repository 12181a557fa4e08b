"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useTRPC } from "@/components/trpc/trpc-provider";

export const RenameBusinessForm = ({
  businessId,
  name,
  canEdit,
}: {
  businessId: string;
  name: string;
  canEdit: boolean;
}) => {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [value, setValue] = useState(name);
  const rename = useMutation(
    trpc.business.rename.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.business.listMine.queryKey() });
        // The header is rendered on the server: refresh it with the new name.
        router.refresh();
      },
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    rename.mutate({ businessId, name: value });
  };
  return (
    <form onSubmit={submit} className="space-y-4">
      <div className="space-y-1.5">
        <Label htmlFor="business-name">Business name</Label>
        <Input
          id="business-name"
          name="name"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          maxLength={100}
          required
          disabled={!canEdit}
          aria-describedby="business-name-help"
          aria-invalid={rename.isError ? true : undefined}
          className="max-w-md"
        />
        <p id="business-name-help" className="text-sm text-slate-500">
          {canEdit
            ? "Shown in the Portal and on the customer's pages; texts use it too, unless an SMS sender name is set below."
            : "Only owners and admins can change the name."}
        </p>
      </div>
      {rename.isError ? <Alert tone="error">{rename.error.message}</Alert> : null}
      {rename.isSuccess ? <Alert tone="success">Saved. The business is now called {rename.data.name}.</Alert> : null}
      {canEdit ? (
        <Button type="submit" disabled={rename.isPending || value.trim() === name}>
          {rename.isPending ? "Saving…" : "Save name"}
        </Button>
      ) : null}
    </form>
  );
};
