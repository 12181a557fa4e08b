import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";

/** A secret shown this one time, selectable, with a copy button and the warning that it will not come back. */
export const SecretOnce = ({ label, value, children }: { label: string; value: string; children?: ReactNode }) => (
  <div className="space-y-3">
    <Alert tone="info">{children ?? "Copy it now and keep it somewhere safe: LinX stores only a fingerprint and cannot show it again."}</Alert>
    <div className="space-y-1.5">
      <p className="text-sm font-medium text-slate-800">{label}</p>
      <code data-testid="secret-once" className="block break-all rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm text-slate-900 select-all">
        {value}
      </code>
    </div>
    <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} />
  </div>
);
