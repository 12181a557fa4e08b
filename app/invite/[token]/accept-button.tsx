"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AcceptState } from "./actions";

/** Accepts the invitation for the signed-in account. */
export const AcceptButton = ({
  action,
  label,
}: {
  action: (state: AcceptState) => Promise<AcceptState>;
  label: string;
}) => {
  const [state, formAction, pending] = useActionState<AcceptState>(action, {});
  return (
    <form action={formAction} className="space-y-4">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Joining…" : label}
      </Button>
    </form>
  );
};
