import type { Role } from "@/server/generated/prisma/enums";
import { ROLE_LABEL } from "@/server/contracts/team/roles";

export const ROLE_HELP: Record<Role, string> = {
  OWNER: "Everything an admin can do, and manage owners.",
  ADMIN: "Manages the team, settings, templates, documents, API keys and webhooks.",
  OPERATOR: "Sends workflows and resends, extends or cancels them.",
  VIEWER: "Can look at everything but change nothing.",
};

const ORDER: Role[] = ["OWNER", "ADMIN", "OPERATOR", "VIEWER"];

/** Only an owner can hand out the owner role; the server enforces the same rule. */
export const rolesGrantableBy = (actorRole: Role) =>
  ORDER.filter((role) => role !== "OWNER" || actorRole === "OWNER").map((role) => ({
    value: role,
    label: ROLE_LABEL[role],
  }));
