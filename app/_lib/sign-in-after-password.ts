import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { SIGN_IN_PATH } from "@/server/auth/config";
import { signIn } from "@/server/auth/next-auth";

/** Signs this browser in with the password just chosen through an emailed link (else to the sign-in page, saying it changed). */
export const signInAfterPassword = async (email: string, password: string) => {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) redirect(`${SIGN_IN_PATH}?passwordChanged=1`);
    throw error;
  }
};
