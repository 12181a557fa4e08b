import { Badge, type BadgeTone } from "@/components/ui/badge";
import { statusLabel } from "@/components/portal/workflows/workflow-format";

// How customer values read in the Portal.

const CUSTOMER_STATUS_TONE: Record<string, BadgeTone> = {
  PENDING: "neutral",
  NEW: "brand",
  ACTIVE: "success",
  INACTIVE: "neutral",
  SUSPENDED: "warning",
  ARCHIVED: "neutral",
};

/** A customer's or a financial account's status (both say ACTIVE and INACTIVE). */
export const CustomerStatusBadge = ({ status }: { status: string }) => (
  <Badge tone={CUSTOMER_STATUS_TONE[status] ?? "neutral"}>{statusLabel(status)}</Badge>
);

export const customerName = ({
  salutation,
  firstName,
  lastName,
}: {
  salutation?: string | null;
  firstName: string;
  lastName: string;
}) => [salutation, firstName, lastName].filter(Boolean).join(" ");

/** "Checking •••• 6789": the last four digits are all the Portal ever has. */
export const maskedAccount = ({ subType, lastFour }: { subType: string; lastFour: string }) =>
  `${statusLabel(subType)} •••• ${lastFour}`;
