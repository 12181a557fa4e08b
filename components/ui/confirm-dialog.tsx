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
  description: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  error?: string | null;
};

/** Asks before a destructive action; Cancel has focus first, so Enter does not destroy by accident. */
export const ConfirmDialog = ({ open, onCancel, onConfirm, title, description, confirmLabel, pending = false, error }: ConfirmDialogProps) => (
  <Dialog open={open} onClose={onCancel} title={title} description={description}>
    {error ? <Alert tone="error">{error}</Alert> : null}
    <div className="flex flex-wrap justify-end gap-2">
      <Button variant="secondary" onClick={onCancel} autoFocus>
        Cancel
      </Button>
      <Button variant="danger" onClick={onConfirm} disabled={pending}>
        {pending ? "Working…" : confirmLabel}
      </Button>
    </div>
  </Dialog>
);
