import Credentials from "next-auth/providers/credentials";
import { authenticateStaff, ZStaffCredentials } from "../services/staff/authenticate-staff";

/** Email and password, checked against User.passwordHash; null (a failed sign-in) whatever was wrong. */
export const credentialsProvider = Credentials({
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  authorize: async (raw) => {
    const parsed = ZStaffCredentials.safeParse(raw);
    if (!parsed.success) return null;
    return authenticateStaff(parsed.data);
  },
});
