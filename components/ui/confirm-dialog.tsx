"use client";

import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Dialog } from "./dialog";

type ConfirmDialogProps = {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  title: ReactNode;
  description?: ReactNode;
  /** Extra inputs the action needs (a new expiry, say); Enter in them confirms. */
  children?: ReactNode;
  confirmLabel: string;
  /** "danger" for what cannot be undone (the default), "primary" otherwise. */
  tone?: "primary" | "danger";
  /** The button that backs out; name it apart from the action when the action is itself a cancel. */
  cancelLabel?: string;
  pending?: boolean;
  error?: string | null;
};

/** Asks before an action; the back-out button has focus first, so Enter alone does not act. */
export const ConfirmDialog = ({
  open,
  onCancel,
  onConfirm,
  title,
  description,
  children,
  confirmLabel,
  tone = "danger",
  cancelLabel = "Cancel",
  pending = false,
  error,
}: ConfirmDialogProps) => (
  <Dialog open={open} onClose={onCancel} title={title} description={description}>
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        onConfirm();
      }}
    >
      {children ? <div className="space-y-3 text-sm text-slate-700">{children}</div> : null}
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onCancel} disabled={pending} autoFocus>
          {cancelLabel}
        </Button>
        <Button type="submit" variant={tone === "danger" ? "danger" : "primary"} disabled={pending}>
          {pending ? "Working…" : confirmLabel}
        </Button>
      </div>
    </form>
  </Dialog>
);
