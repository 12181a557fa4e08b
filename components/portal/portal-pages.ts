import type { Role } from "@/server/generated/prisma/enums";

export type PortalPage = { href: string; label: string; minRole: Role; purpose: string };

// One list for the navigation and for each page's own authorization, so they never disagree.
export const PORTAL_PAGES = {
  dashboard: { href: "/portal", label: "Dashboard", minRole: "VIEWER", purpose: "Today's numbers for this business." },
  workflows: {
    href: "/portal/workflows",
    label: "Workflows",
    minRole: "VIEWER",
    purpose:
      "Every LinX request sent to a customer: its status, its steps, the SMS messages sent and the transaction it carries. Operators will send new requests from here, and resend, extend or cancel the ones still open.",
  },
  templates: {
    href: "/portal/templates",
    label: "Templates",
    minRole: "VIEWER",
    purpose:
      "Versioned workflow templates, so that every request of one kind asks for the same steps and the same legal documents.",
  },
  legalDocuments: {
    href: "/portal/legal-documents",
    label: "Legal documents",
    minRole: "VIEWER",
    purpose:
      "Versioned terms, policies and authorisations that workflows ask customers to accept, shown as customers read them.",
  },
  customers: {
    href: "/portal/customers",
    label: "Customers",
    minRole: "VIEWER",
    purpose:
      "The customers your workflows created or updated: status, contact details, addresses, financial accounts (last four digits only), the documents they accepted, their workflows and their transactions.",
  },
  webhooks: {
    href: "/portal/webhooks",
    label: "Webhooks",
    minRole: "ADMIN",
    purpose:
      "Endpoints that receive signed events (Standard Webhooks): their secrets and rotation, every delivery attempt with its response, and replay of failed events.",
  },
  apiKeys: {
    href: "/portal/api-keys",
    label: "API keys",
    minRole: "ADMIN",
    purpose:
      "Sandbox and live keys for the REST API under /api/v2: create one (it is shown once), see when each was last used, and revoke it.",
  },
  team: {
    href: "/portal/team",
    label: "Team",
    minRole: "VIEWER",
    purpose: "Who can use the Portal for this business, and with which role.",
  },
  settings: {
    href: "/portal/settings",
    label: "Settings",
    minRole: "VIEWER",
    purpose:
      "How this business appears to customers, and the defaults of its workflows: link lifetime and SMS reminders.",
  },
  auditLog: {
    href: "/portal/audit-log",
    label: "Audit log",
    minRole: "ADMIN",
    purpose:
      "Every action taken in this business by staff, API keys, customers and LinX itself, newest first, with who, when and from where.",
  },
} as const satisfies Record<string, PortalPage>;

export const PORTAL_NAV: PortalPage[] = Object.values(PORTAL_PAGES);
