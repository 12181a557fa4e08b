"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { ExplainedSignInRefusal } from "@/server/auth/credentials-provider";
import { signIn } from "@/server/auth/next-auth";
import { safeCallbackPath } from "@/server/auth/safe-callback-path";

export type SignInState = { error?: string; email?: string };

const WRONG_CREDENTIALS = "That email and password do not match an account. Check them and try again.";

/**
 * Signs in through next-auth without its redirect: the session cookie is set on this response
 * and we redirect to a relative path, so the browser stays on the host the user typed
 * (next-auth would rebuild the URL with `localhost` for `127.0.0.1`).
 */
export const signInAction = async (_previous: SignInState, form: FormData): Promise<SignInState> => {
  const email = String(form.get("email") ?? "").slice(0, 254);
  const password = String(form.get("password") ?? "");
  if (!email || !password) return { error: "Enter your email and password.", email };
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    // The same lockout for an unknown email as for a known one: it reveals nothing.
    if (error instanceof ExplainedSignInRefusal) return { error: error.explanation, email };
    if (error instanceof CredentialsSignin) return { error: WRONG_CREDENTIALS, email };
    if (error instanceof AuthError)
      return { error: "Signing in is not possible right now. Try again in a moment.", email };
    throw error;
  }
  redirect(safeCallbackPath(form.get("callbackUrl")));
};
