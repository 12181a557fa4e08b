import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Dialog } from "@/components/ui/dialog";

/** A secret shown this one time, selectable, with a copy button and the warning that it will not come back. */
const SecretOnce = ({ label, value, children }: { label: string; value: string; children?: ReactNode }) => (
  <div className="space-y-3">
    <Alert tone="info">
      {children ?? "Copy it now and keep it somewhere safe: LinX stores only a fingerprint and cannot show it again."}
    </Alert>
    <div className="space-y-1.5">
      <p className="text-sm font-medium text-slate-800">{label}</p>
      <code
        data-testid="secret-once"
        className="block break-all rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 select-all"
      >
        {value}
      </code>
    </div>
    <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
  </div>
);

type SecretOnceDialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  label: string;
  value: string;
  children: ReactNode;
  actions?: ReactNode;
};

/** The dialog that follows making a secret: the secret once, what to do with it, and Done. */
export const SecretOnceDialog = ({
  open,
  onClose,
  title,
  description,
  label,
  value,
  children,
  actions,
}: SecretOnceDialogProps) => (
  <Dialog open={open} onClose={onClose} title={title} description={description}>
    <SecretOnce label={label} value={value}>
      {children}
    </SecretOnce>
    <div className="flex justify-end gap-2">
      {actions}
      <Button onClick={onClose}>Done</Button>
    </div>
  </Dialog>
);
