import { Badge } from "@/components/ui/badge";

const STATUS = {
  ACTIVE: { tone: "success", label: "Active" },
  SUSPENDED: { tone: "warning", label: "Suspended" },
  DISABLED: { tone: "danger", label: "Disabled" },
} as const;

export const EndpointStatusBadge = ({ status }: { status: keyof typeof STATUS }) => (
  <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>
);

const DELIVERY = {
  PENDING: { tone: "neutral", label: "Pending" },
  SUCCEEDED: { tone: "success", label: "Delivered" },
  FAILED: { tone: "danger", label: "Failed" },
} as const;

export const DeliveryStatusBadge = ({ status }: { status: string }) => {
  const shown = DELIVERY[status as keyof typeof DELIVERY] ?? { tone: "neutral" as const, label: status };
  return <Badge tone={shown.tone}>{shown.label}</Badge>;
};

/** "Every event type" for an endpoint subscribed to all, else the types it receives. */
export const describeEventTypes = (eventTypes: string[]) =>
  eventTypes.length === 0 ? "Every event type" : eventTypes.join(", ");
