import "server-only";
import { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { isAppError } from "@/server/errors";
import { authenticateStaff, ZStaffCredentials } from "@/server/services/staff/authenticate-staff";
import { clientIp } from "./client-ip";

/**
 * A refused sign-in that the form explains: the email or the IP is locked out for a while.
 */
export class ExplainedSignInRefusal extends CredentialsSignin {
  code = "explained";
  readonly explanation: string;

  constructor(explanation: string) {
    super(explanation);
    this.explanation = explanation;
  }
}

/** Email and password, checked against User.passwordHash; null (a failed sign-in) whatever was wrong. */
export const credentialsProvider = Credentials({
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  authorize: async (raw, request) => {
    const parsed = ZStaffCredentials.safeParse(raw);
    if (!parsed.success) return null;
    try {
      return await authenticateStaff({ ...parsed.data, ipAddress: clientIp(request.headers) });
    } catch (error) {
      if (isAppError(error) && error.code === "RATE_LIMITED") throw new ExplainedSignInRefusal(error.message);
      throw error;
    }
  },
});
