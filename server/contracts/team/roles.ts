import type { Role } from "@/server/generated/prisma/enums";

// Each role can do everything the roles below it can.
const RANK: Record<Role, number> = { VIEWER: 0, OPERATOR: 1, ADMIN: 2, OWNER: 3 };

export const hasRole = (role: Role, minRole: Role) => RANK[role] >= RANK[minRole];

export const ROLE_LABEL: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  OPERATOR: "Operator",
  VIEWER: "Viewer",
};
