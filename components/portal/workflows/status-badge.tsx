import { Badge } from "@/components/ui/badge";
import { statusLabel, WORKFLOW_STATUS_TONE } from "./workflow-format";

/** A workflow, step, delivery or transaction status. */
export const StatusBadge = ({ status }: { status: string }) => (
  <Badge tone={WORKFLOW_STATUS_TONE[status] ?? "neutral"}>{statusLabel(status)}</Badge>
);
